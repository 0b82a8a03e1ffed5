package dev.chargeback.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection settings the engine adds to a database URL: an embedded H2 file writes each commit at once and
 * keeps a run's large query results in memory (a real H2 database reports both); a user's own value is kept; a
 * PostgreSQL URL gets batched inserts rewritten and nothing of H2's.
 */
class DatabaseTargetTest {
    @TempDir
    Path temp;

    @Test
    void anEmbeddedH2FileWritesCommitsAtOnceAndKeepsLargeResultsInMemory() throws SQLException {
        String url = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();
        String jdbc = (String) new DatabaseTarget(url, "sa", "").properties().get("spring.datasource.url");
        assertThat(jdbc).isEqualTo(url + ";WRITE_DELAY=0;MAX_MEMORY_ROWS=200000");
        try (Connection c = DriverManager.getConnection(jdbc, "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
                     + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('MAX_MEMORY_ROWS', 'WRITE_DELAY') "
                     + "ORDER BY SETTING_NAME")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1) + "=" + r.getString(2)).isEqualTo("MAX_MEMORY_ROWS=200000");
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1) + "=" + r.getString(2)).isEqualTo("WRITE_DELAY=0");
        }
    }

    @Test
    void aUsersOwnSettingsAreKept() {
        String url = "jdbc:h2:file:/tmp/ledger;max_memory_rows=1000;write_delay=100";
        assertThat(new DatabaseTarget(url, "sa", "").properties().get("spring.datasource.url")).isEqualTo(url);
    }

    @Test
    void aPostgresUrlGetsItsBatchesRewrittenAndNothingOfH2s() {
        assertThat(new DatabaseTarget("jdbc:postgresql://db:5432/ledger?ssl=true", "u", "p").properties()
                .get("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/ledger?ssl=true"
                + "&reWriteBatchedInserts=true");
    }
}
