package dev.chargeback.run;

import org.junit.jupiter.api.BeforeEach;

/**
 * The hostile-input scenarios on PostgreSQL (see {@link PostgresEndToEndTest}): skipped with a message when no
 * server is configured or reachable, failing instead when {@code CI=true}.
 */
class PostgresHostileInputTest extends HostileInputScenarios {
    private PostgresServer server;

    @BeforeEach
    void requireServer() {
        server = PostgresServer.require();
    }

    @Override
    TestDatabase.Kind databaseKind() {
        return server;
    }
}
