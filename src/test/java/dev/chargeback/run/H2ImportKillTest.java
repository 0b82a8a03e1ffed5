package dev.chargeback.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The import kill scenario on an embedded H2 file (the file lock proves the killed process is gone). */
class H2ImportKillTest extends ImportKillScenarios {

    @Override
    TestDatabase database(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db/ledger").toAbsolutePath();
        return new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "sa", "");
            }

            @Override
            public void close() {
            }
        };
    }
}
