package dev.chargeback.run;

/**
 * The append-only triggers and the tampering that `verify` finds, on PostgreSQL (skipped with a message without a
 * configured server, failing under CI=true; see {@link PostgresServer}).
 */
class PostgresLedgerTamperingTest extends LedgerTamperingScenarios {

    @Override
    TestDatabase.Kind databaseKind() {
        return PostgresServer.require();
    }
}
