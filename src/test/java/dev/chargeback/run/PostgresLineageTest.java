package dev.chargeback.run;

/** Lineage on PostgreSQL: skipped without a configured server, required on CI (see {@link PostgresServer}). */
class PostgresLineageTest extends LineageScenarios {
    @Override
    TestDatabase.Kind databaseKind() {
        return PostgresServer.require();
    }
}
