package dev.chargeback.run;

/** The reports of issue 9 on H2 in memory: always run. */
class H2ReportsTest extends ReportScenarios {
    private final H2Databases databases = new H2Databases();

    @Override
    TestDatabase.Kind databaseKind() {
        return databases;
    }
}
