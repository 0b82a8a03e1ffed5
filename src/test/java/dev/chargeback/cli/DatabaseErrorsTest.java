package dev.chargeback.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that cannot be used is one line on stderr naming it (never the password) and the cause, exit 2, for
 * every command; no framework stack trace and nothing on stdout.
 */
class DatabaseErrorsTest {
    private static final String WRONG_PASSWORD = "not-the-Passw0rd";
    private static final String[] EVERY_COMMAND = {"run --period 2026-10 --data sample-data", "status", "verify",
            "export --run 2026-10-00000000", "close --period 2026-10 --reason r", "reopen --period 2026-10 --reason r",
            "bench --rows 10"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run --period 2026-10 --data sample-data", "status", "verify",
            "export --run 2026-10-00000000", "close --period 2026-10 --reason r",
            "reopen --period 2026-10 --reason r", "bench --rows 10"})
    void serverThatRefusesTheConnectionIsOneLineNamingTheUrl(String command) {
        String url = "jdbc:postgresql://127.0.0.1:1/ledger";
        Commands.Result r = Commands.inProcess(args(command, "--db", url, "--db-user", "bob"));
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(List.of("chargeback: cannot connect to " + url + " as bob: Connection to 127.0.0.1:1 refused. "
                + "Check that the hostname and port are correct and that the postmaster is accepting TCP/IP "
                + "connections. (ConnectException: Connection refused)"), r.errLines(), r::toString);
    }

    @Test
    void urlOfAnUnknownKindIsRefusedForEveryCommand() {
        for (String command : EVERY_COMMAND) {
            Commands.Result r = Commands.inProcess(args(command, "--db", "jdbc:mysql://127.0.0.1/ledger"));
            assertEquals(2, r.exit(), r::toString);
            assertEquals(List.of("chargeback: cannot use the database jdbc:mysql://127.0.0.1/ledger: the engine speaks "
                    + "PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) and H2 (jdbc:h2:file:PATH)"), r.errLines(),
                    r::toString);
        }
    }

    @Test
    void passwordInTheUrlIsNeverPrinted() {
        Commands.Result r = Commands.inProcess("status", "--db",
                "jdbc:postgresql://127.0.0.1:1/ledger?user=bob&password=" + WRONG_PASSWORD);
        assertEquals(2, r.exit(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("chargeback: cannot connect to jdbc:postgresql://127.0.0.1:1/ledger?user=bob"
                + "&password=***: Connection to 127.0.0.1:1 refused."), r::toString);
        assertFalse(r.err().contains(WRONG_PASSWORD), r::toString);
    }

    @Test
    void embeddedDatabaseLockedByAnotherProcessSaysTheLedgerIsBusyInOneLine() throws Exception {
        Path ledger = dir.resolve("ledger");
        Process holder = holdOpen("jdbc:h2:file:" + ledger);
        try {
            Commands.Result r = Commands.inProcess("status", "--db", "jdbc:h2:file:" + ledger);
            assertEquals(2, r.exit(), r::toString);
            assertEquals("", r.out(), r::toString);
            String file = ledger.toAbsolutePath() + ".mv.db";
            assertEquals(1, r.errLines().size(), r::toString);
            assertTrue(r.err().startsWith("chargeback: the ledger is busy: another chargeback command is using"
                    + " embedded H2 database " + file + " (the embedded database serves one command at a time)"),
                    r::toString);
        } finally {
            holder.getOutputStream().close();
            holder.destroy();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void wrongPostgresPasswordIsOneLineWithoutThePasswordForEveryCommand() throws Exception {
        TestPostgres pg = TestPostgres.require();
        Files.createDirectories(dir.resolve("sample-data"));
        Map<String, String> env = new HashMap<>();
        env.put("CHARGEBACK_DB_URL", pg.url());
        env.put("CHARGEBACK_DB_USER", pg.user());
        env.put("CHARGEBACK_DB_PASSWORD", WRONG_PASSWORD);
        for (String command : new String[]{"status", "run --period 2026-10 --data sample-data", "verify"}) {
            Commands.Result r = Commands.childJvm(dir, env, command.split(" "));
            assertEquals(2, r.exit(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(List.of("chargeback: cannot connect to " + pg.url() + " as " + pg.user()
                    + ": password authentication failed for user \"" + pg.user() + "\""), r.errLines(), r::toString);
            assertFalse(r.err().contains(WRONG_PASSWORD), r::toString);
        }
    }

    /** A child JVM with an open H2 connection on the file (H2's shell, reading from a pipe this test keeps open). */
    private Process holdOpen(String url) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.h2.tools.Shell", "-url", url,
                "-user", "sa"));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("holder.out").toFile()).start();
        OutputStream keepOpen = holder.getOutputStream();
        keepOpen.flush();
        Path file = Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db");
        for (int i = 0; i < 300 && !(Files.exists(file) && Files.readString(dir.resolve("holder.out"))
                .contains("Exit with")); i++) {
            Thread.sleep(100);
        }
        return holder;
    }

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
