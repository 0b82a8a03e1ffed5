package dev.chargeback.cli;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * V002 creates Spring Batch's job repository; a ledger created before it (whose Batch tables Spring Batch made from
 * its own schema file) takes V002 too, keeps its tables, and runs.
 */
class BatchRepositoryMigrationTest {
    @TempDir
    Path dir;

    @Test
    void h2LedgerCreatedBeforeV002TakesItAndRuns() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ledger");
        createTheOldWay(url, "sa", "", "schema-h2.sql");
        runAndCheck(url, "sa", "", new String[]{"--db", url});
    }

    @Test
    void postgresLedgerCreatedBeforeV002TakesItAndRuns() throws Exception {
        TestPostgres pg = TestPostgres.require();
        String database = pg.createDatabase();
        try {
            String url = pg.urlOf(database);
            createTheOldWay(url, pg.user(), pg.password(), "schema-postgresql.sql");
            String login = url + "?password=" + pg.password();
            runAndCheck(url, pg.user(), pg.password(), new String[]{"--db", login, "--db-user", pg.user()});
        } finally {
            pg.dropDatabase(database);
        }
    }

    @Test
    void newH2LedgerGetsTheJobRepositoryFromV002() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("fresh");
        runAndCheck(url, "sa", "", new String[]{"--db", url});
    }

    /** As before V002: Flyway ran V001 only and Spring Batch ran its own DDL. */
    private static void createTheOldWay(String url, String user, String password, String batchSchema)
            throws SQLException, IOException {
        // Flyway outside Spring logs every step at INFO to the console: only its errors matter here
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String statement : statements(batchSchema)) {
                s.execute(statement);
            }
        }
    }

    private void runAndCheck(String url, String user, String password, String[] db) throws SQLException {
        String[] run = concat(new String[]{"run", "--period", "2026-10", "--data", "sample-data", "--out",
                dir.resolve("out").toString()}, db);
        Commands.Result first = Commands.inProcess(run);
        assertEquals(0, first.exit(), first::toString);
        assertFalse(first.err().contains("WARN"), first::toString);
        Commands.Result second = Commands.inProcess(concat(run, new String[]{"--repost"}));
        assertEquals(0, second.exit(), second::toString);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            assertEquals(migrationsInSql(url), rows(s.executeQuery("select \"version\" from \"flyway_schema_history\" "
                    + "where \"success\" and \"version\" is not null order by \"installed_rank\"")));
            // two runs: each allocated, posted and exported through Spring Batch jobs recorded in the job repository
            assertEquals(List.of("allocate COMPLETED 2", "export COMPLETED 2"), rows(s.executeQuery(
                    "select i.JOB_NAME, e.STATUS, count(*) from BATCH_JOB_EXECUTION e join BATCH_JOB_INSTANCE i "
                            + "on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID where i.JOB_NAME in ('allocate', 'export') "
                            + "group by i.JOB_NAME, e.STATUS order by i.JOB_NAME")));
        }
    }

    /**
     * Every migration in sql/ (V001__..., V002__...) and in the database's own sql/h2 or sql/postgresql
     * (V005_1__... is version 005.1), by version: all of them applied, the old ledger too.
     */
    private static List<String> migrationsInSql(String url) {
        String vendor = url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
        try (var files = java.util.stream.Stream.concat(java.nio.file.Files.list(java.nio.file.Path.of("sql")),
                java.nio.file.Files.list(java.nio.file.Path.of("sql", vendor)))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.')).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                cells.add(rs.getString(i));
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }

    private static List<String> statements(String batchSchema) throws IOException {
        try (InputStream in = org.springframework.batch.core.job.Job.class.getResourceAsStream(
                "/org/springframework/batch/core/" + batchSchema)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
