package dev.chargeback.run;

/** The append-only triggers and the tampering that `verify` finds, on H2 in memory: always run. */
class H2LedgerTamperingTest extends LedgerTamperingScenarios {
    private final H2Databases databases = new H2Databases();

    @Override
    TestDatabase.Kind databaseKind() {
        return databases;
    }
}
