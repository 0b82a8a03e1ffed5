package dev.chargeback.run;

import org.junit.jupiter.api.BeforeEach;

/**
 * The end-to-end scenarios on PostgreSQL, a fresh database per test on the server of {@code CHARGEBACK_TEST_PG_URL}
 * (see {@link PostgresServer}): each test is skipped with a message when no server is configured or reachable, and
 * fails instead when {@code CI=true}. {@code .ci/run} starts a local PostgreSQL and runs the whole suite with it.
 */
class PostgresEndToEndTest extends EndToEndScenarios {
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
