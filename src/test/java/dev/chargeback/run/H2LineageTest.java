package dev.chargeback.run;

/** Lineage on H2 (always). */
class H2LineageTest extends LineageScenarios {
    @Override
    TestDatabase.Kind databaseKind() {
        return new H2Databases();
    }
}
