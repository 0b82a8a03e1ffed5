package dev.chargeback.run;

/** The end-to-end scenarios on H2 in memory (a fresh database per test): always run. */
class H2EndToEndTest extends EndToEndScenarios {
    private final H2Databases databases = new H2Databases();

    @Override
    TestDatabase.Kind databaseKind() {
        return databases;
    }
}
