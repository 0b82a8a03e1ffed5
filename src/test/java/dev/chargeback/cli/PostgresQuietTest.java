package dev.chargeback.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On PostgreSQL 15 the commands print only their own words (no jOOQ dialect warning) and leave no ERROR lines in
 * the server's log: Spring Batch's tables come from Flyway's V002 instead of DDL re-run at every start.
 */
class PostgresQuietTest {
    private static final Path SERVER_LOG = Path.of("/var/log/postgresql/postgresql-15-main.log");

    @TempDir
    Path dir;

    @Test
    void statusOnPostgresPrintsOnlyItsOwnWords() throws Exception {
        TestPostgres pg = TestPostgres.require();
        String database = pg.createDatabase();
        try {
            Commands.Result r = Commands.childJvm(dir, Map.of("CHARGEBACK_DB_URL", pg.urlOf(database),
                    "CHARGEBACK_DB_USER", pg.user(), "CHARGEBACK_DB_PASSWORD", pg.password()), "status");
            assertEquals(0, r.exit(), r::toString);
            assertEquals("No runs posted yet.\n", r.out(), r::toString);
            assertEquals("", r.err(), r::toString);
        } finally {
            pg.dropDatabase(database);
        }
    }

    @Test
    void tenCommandsLeaveNoErrorInTheServerLog() throws Exception {
        TestPostgres pg = TestPostgres.require();
        if (!Files.isReadable(SERVER_LOG)) {
            String why = SERVER_LOG + " is not readable here: the server-log check is skipped";
            System.err.println("edges: " + why);
            Assumptions.abort(why);
        }
        String database = pg.createDatabase();
        try {
            long before = errorLines(database);
            String db = pg.urlOf(database);
            Path out = dir.resolve("out");
            String[][] commands = {
                    {"status"},
                    {"run", "--period", "2026-10", "--data", "sample-data", "--out", out.toString()},
                    {"status"},
                    {"verify"},
                    {"run", "--period", "2026-10", "--data", "sample-data", "--out", out.toString(), "--dry-run"},
                    {"close", "--period", "2026-10", "--reason", "month end"},
                    {"reopen", "--period", "2026-10", "--reason", "late invoice"},
                    {"run", "--period", "2026-10", "--data", "sample-data", "--out", out.toString()},
                    {"verify"},
                    {"status"}};
            for (String[] command : commands) {
                Commands.Result r = Commands.inProcess(withDatabase(command, db, pg));
                assertEquals(0, r.exit(), r::toString);
            }
            assertEquals(List.of(), newErrors(database, before), "ERROR lines of " + SERVER_LOG + " for " + database);
        } finally {
            pg.dropDatabase(database);
        }
    }

    /** The database's password comes from the environment, which an in-process run cannot set: it goes in the URL. */
    private static String[] withDatabase(String[] command, String url, TestPostgres pg) {
        String withLogin = url + (url.contains("?") ? "&" : "?") + "password=" + pg.password();
        String[] all = java.util.Arrays.copyOf(command, command.length + 4);
        all[command.length] = "--db";
        all[command.length + 1] = withLogin;
        all[command.length + 2] = "--db-user";
        all[command.length + 3] = pg.user();
        return all;
    }

    private static long errorLines(String database) throws IOException {
        return lines(database).size();
    }

    private static List<String> newErrors(String database, long before) throws IOException {
        List<String> all = lines(database);
        return all.subList((int) Math.min(before, all.size()), all.size());
    }

    /** The log's ERROR lines of this database: the prefix is "... [pid] user@database ERROR:  ...". */
    private static List<String> lines(String database) throws IOException {
        try (var lines = Files.lines(SERVER_LOG, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains("@" + database + " ") && l.contains(" ERROR: ")).toList();
        }
    }
}
