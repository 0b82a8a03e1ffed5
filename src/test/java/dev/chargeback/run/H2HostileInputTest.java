package dev.chargeback.run;

/** The hostile-input scenarios on H2 in memory (a fresh database per test): always run. */
class H2HostileInputTest extends HostileInputScenarios {
    private final H2Databases databases = new H2Databases();

    @Override
    TestDatabase.Kind databaseKind() {
        return databases;
    }
}
