package dev.chargeback.run;

import java.nio.file.Path;

/** The import kill scenario on PostgreSQL (the killed process's session, and its advisory lock, are gone). */
class PostgresImportKillTest extends ImportKillScenarios {

    @Override
    TestDatabase database(Path dir) {
        return PostgresServer.require().create();
    }
}
