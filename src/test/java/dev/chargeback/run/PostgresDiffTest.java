package dev.chargeback.run;

import org.junit.jupiter.api.BeforeEach;

/** The diff scenarios on PostgreSQL (see {@link PostgresServer}): skipped without a server, required on CI. */
class PostgresDiffTest extends DiffScenarios {
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
