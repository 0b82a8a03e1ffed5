package dev.chargeback.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `kill -9` of a child JVM at chosen phases of `run` (issue 8, point 6), on H2 and PostgreSQL: while posting (the
 * run's rows written, not committed) and while exporting (half of its files moved into the output folder). The child
 * is started with the test hook {@code -Dchargeback.pause-at=PHASE}, which prints a line and waits there to be
 * killed. Afterwards the ledger is as it was (verify passes, no half run), the output folder never shows one run's
 * manifest beside another run's files, and the next `run` completes with no manual step.
 */
class KilledRunTest {
    @TempDir
    Path temp;

    @Test
    void aRunKilledWhilePostingOrExportingNeedsNoHandOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();
        killTrials("H2", url, () -> java.sql.DriverManager.getConnection(url, "sa", ""),
                "chargeback: the ledger is busy: another chargeback command is using embedded H2 database");
    }

    @Test
    void aRunKilledWhilePostingOrExportingNeedsNoHandOnPostgres() throws Exception {
        try (TestDatabase db = PostgresServer.require().create()) {
            killTrials("PostgreSQL", db.url(), db::connect, "chargeback: the ledger is busy: another command (a run"
                    + " posting, a close or a reopen) held it for more than 2 s, so nothing was done for period 2026-10");
        }
    }

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private void killTrials(String database, String url, Connector connector, String busy) throws Exception {
        Path data = SmallLedger.write(temp.resolve("data"));
        Path out = temp.resolve("out");
        String[] run = SmallLedger.runArgs(data, out, url).toArray(String[]::new);
        Cli.Result prepared = Cli.execute(run);
        assertEquals(0, prepared.exit(), prepared::describe);
        String first = new RunOutput(out).runId();
        String manifest = Files.readString(out.resolve("manifest.json"));

        ChildJvm posting = ChildJvm.start(temp, List.of("chargeback.pause-at=posting"), run);
        posting.awaitLine("chargeback: paused at posting");
        Cli.Result close = closeWhileHeld(url);
        assertEquals(2, close.exit(), close::describe);
        assertEquals(busy, close.err().strip().lines().reduce((x, y) -> y).orElse("").substring(0, busy.length()),
                close::describe);
        posting.kill();
        assertEquals(List.of(first), runs(connector), "killed while posting: the ledger holds the first run only");
        assertVerified(url);
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")), "the killed run wrote no file");
        String second = nextRunCompletes(run, out, first);

        ChildJvm exporting = ChildJvm.start(temp, List.of("chargeback.pause-at=export"), run);
        exporting.awaitLine("chargeback: paused at export");
        exporting.kill();
        List<String> afterExportKill = runs(connector);
        assertEquals(3, afterExportKill.size(), () -> "killed while exporting: its posting had committed: "
                + afterExportKill);
        String killed = afterExportKill.getLast();
        assertVerified(url);
        assertFalse(Files.exists(out.resolve("manifest.json")), "a half-published folder has no manifest.json, so it"
                + " never shows one run's manifest beside another run's files");
        List<Path> staged = leftovers(out);
        assertEquals(1, staged.size(), () -> "the killed export's staging folder: " + staged);
        nextRunCompletes(run, out, killed);
        assertEquals(List.of(), leftovers(out), "no staging folder and no .tmp file after the next run");
        assertVerified(url);
        System.out.println("killed runs on " + database + ": kill -9 while posting left " + 1 + " run (the one before,"
                + " " + second + " posted next), while exporting left its run posted and no manifest; next run"
                + " completed both times with no manual step; runs posted " + runs(connector).size());
    }

    /** A close of the period while the killed-to-be run holds the ledger: refused in one line after a 2 s wait. */
    private static Cli.Result closeWhileHeld(String url) {
        System.setProperty("chargeback.lock-wait-seconds", "2");
        try {
            return Cli.execute("close", "--period", SmallLedger.PERIOD, "--reason", "month end", "--db", url);
        } finally {
            System.clearProperty("chargeback.lock-wait-seconds");
        }
    }

    private static String nextRunCompletes(String[] run, Path out, String supersedes) throws IOException {
        Cli.Result next = Cli.execute(run);
        assertEquals(0, next.exit(), next::describe);
        RunOutput output = new RunOutput(out);
        assertEquals(supersedes, output.manifest().path("supersedes_run_id").asString(), "the next run reverses "
                + supersedes);
        assertEquals("750.00", output.csv("allocations.csv").stream().filter(r -> r.get("receiver").equals("SALES"))
                .findFirst().orElseThrow().get("amount"), "SALES: 3 of 4 tickets of 1,000.00");
        return output.runId();
    }

    private static void assertVerified(String url) {
        Cli.Result verify = Cli.execute("verify", "--db", url);
        assertEquals(0, verify.exit(), verify::describe);
    }

    /** Staging folders and temporary files left in the output folder. */
    private static List<Path> leftovers(Path out) throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".staging-")
                    || p.getFileName().toString().endsWith(".tmp")).filter(p -> p.getParent().equals(out)
                    || p.toString().endsWith(".tmp")).toList();
        }
    }

    /** The period's runs, oldest first. */
    private static List<String> runs(Connector connector) throws SQLException {
        List<String> runs = new ArrayList<>();
        try (Connection c = connector.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT run_id FROM allocation_run ORDER BY posted_at")) {
            while (r.next()) {
                runs.add(r.getString(1));
            }
        }
        return runs;
    }
}
