package dev.chargeback.run;

/**
 * The reports of issue 9 on PostgreSQL (see {@link PostgresServer}): skipped with a message without a configured
 * server, failing instead when {@code CI=true}.
 */
class PostgresReportsTest extends ReportScenarios {

    @Override
    TestDatabase.Kind databaseKind() {
        return PostgresServer.require();
    }
}
