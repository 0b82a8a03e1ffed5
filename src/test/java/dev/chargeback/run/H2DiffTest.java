package dev.chargeback.run;

/** The diff scenarios on H2 in memory (a fresh database per test): always run. */
class H2DiffTest extends DiffScenarios {
    private final H2Databases databases = new H2Databases();

    @Override
    TestDatabase.Kind databaseKind() {
        return databases;
    }
}
