package dev.chargeback.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two `run`s of one period started together, in two real JVMs, ten times on each database (issue 8, point 5).
 * What is correct: the ledger never forks. Each trial ends with exactly one run in force and no run reversed twice,
 * and either one run posted and the other was refused in one line with exit 2 (on the embedded database: the ledger
 * is busy, H2 serving one process at a time; on PostgreSQL: another command posted the period while it ran), or,
 * when one JVM started so late that the other had finished, both posted one after the other, the second reversing
 * the first. `verify` passes after the trials. The counts are printed.
 */
class ConcurrentRunsTest {
    /** -Dchargeback.test.trials=N for a quicker local loop; the issue asks for ten. */
    private static final int TRIALS = Integer.getInteger("chargeback.test.trials", 10);

    @TempDir
    Path temp;

    @Test
    void twoRunsStartedTogetherNeverBothPostOnTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();
        trials("H2", url, () -> java.sql.DriverManager.getConnection(url, "sa", ""), "chargeback: the ledger is busy:"
                + " another chargeback command is using embedded H2 database");
    }

    @Test
    void twoRunsStartedTogetherNeverBothPostOnPostgres() throws Exception {
        try (TestDatabase db = PostgresServer.require().create()) {
            trials("PostgreSQL", db.url(), db::connect, "chargeback: nothing was posted: another command posted run ");
        }
    }

    private interface Connector {
        Connection connect() throws SQLException;
    }

    private void trials(String database, String url, Connector connector, String refusal) throws Exception {
        Path data = SmallLedger.write(temp.resolve("data"));
        Path out = temp.resolve("out");
        Cli.Result prepared = Cli.execute(SmallLedger.runArgs(data, out, url).toArray(String[]::new));
        assertEquals(0, prepared.exit(), prepared::describe);
        Map<String, Integer> outcomes = new TreeMap<>();
        int posted = 1;
        for (int trial = 1; trial <= TRIALS; trial++) {
            String inForce = inForce(connector);
            ChildJvm a = ChildJvm.start(temp, List.of(), SmallLedger.runArgs(data, out, url).toArray(String[]::new));
            ChildJvm b = ChildJvm.start(temp, List.of(), SmallLedger.runArgs(data, out, url).toArray(String[]::new));
            List<ChildJvm.Result> results = List.of(a.await(), b.await());
            String outcome = outcome(results, refusal, inForce, connector);
            outcomes.merge(outcome, 1, Integer::sum);
            posted += outcome.startsWith("one") ? 1 : 2;
            assertLedgerNotForked(connector, posted, "trial " + trial + ": " + results);
            assertEquals(inForce(connector), new RunOutput(out).runId(), "out/ holds the run in force's files");
        }
        Cli.Result verify = Cli.execute("verify", "--db", url);
        assertEquals(0, verify.exit(), verify::describe);
        System.out.println("concurrent runs on " + database + ": " + TRIALS + " trials of two JVMs started together: "
                + outcomes + "; runs posted " + posted + " (1 prepared), run in force 1, runs reversed twice 0; "
                + verify.out().strip());
        assertSecondReversalRefusedBySchema(connector);
    }

    /** "one posted, one refused" or "both posted, serialised", from what the children said and the ledger holds. */
    private static String outcome(List<ChildJvm.Result> results, String refusal, String before, Connector connector)
            throws SQLException {
        List<ChildJvm.Result> ok = results.stream().filter(r -> r.exit() == 0).toList();
        List<ChildJvm.Result> refused = results.stream().filter(r -> r.exit() == 2).toList();
        if (ok.size() == 1 && refused.size() == 1) {
            String last = refused.getFirst().err().strip().lines().reduce((x, y) -> y).orElse("");
            assertTrue(last.startsWith(refusal) && !refused.getFirst().err().contains("\tat "),
                    () -> "the refused run says why in one line, no stack trace:\n" + refused.getFirst().describe());
            assertEquals(before, supersededBy(connector, inForce(connector)), "the one posting reversed the run"
                    + " that was in force");
            return "one posted, one refused";
        }
        if (ok.size() == 2) {
            String second = inForce(connector);
            String first = supersededBy(connector, second);
            assertEquals(before, supersededBy(connector, first), "serialised: the first reversed the run in force, "
                    + "the second reversed the first");
            return "both posted, serialised";
        }
        fail("neither outcome:\n" + results.get(0).describe() + "\n" + results.get(1).describe());
        return null;
    }

    private static void assertLedgerNotForked(Connector connector, int runs, String trial) throws SQLException {
        assertEquals(List.of(String.valueOf(runs)), column(connector, "SELECT COUNT(*) FROM allocation_run"), trial);
        assertEquals(List.of("1"), column(connector, "SELECT COUNT(*) FROM allocation_run r WHERE NOT EXISTS"
                + " (SELECT 1 FROM allocation_run s WHERE s.supersedes_run_id = r.run_id)"), "runs in force, " + trial);
        assertEquals(List.of("0"), column(connector, "SELECT COUNT(*) FROM (SELECT supersedes_run_id FROM"
                + " allocation_run WHERE supersedes_run_id IS NOT NULL GROUP BY supersedes_run_id HAVING COUNT(*) > 1)"
                + " twice"), "runs reversed twice, " + trial);
    }

    /** A plain-SQL copy of the run in force's row that reverses the same run again: the schema refuses it. */
    private static void assertSecondReversalRefusedBySchema(Connector connector) throws SQLException {
        try (Connection c = connector.connect(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT * FROM allocation_run WHERE supersedes_run_id IS NOT NULL")) {
            row.next();
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                String name = row.getMetaData().getColumnName(i);
                columns.add(name);
                values.add(name.equalsIgnoreCase("run_id") ? "2026-10-f0f0f0f0" : row.getObject(i));
            }
            var insert = c.prepareStatement("INSERT INTO allocation_run (" + String.join(", ", columns)
                    + ") VALUES (" + String.join(", ", columns.stream().map(x -> "?").toList()) + ")");
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
            assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("uq_allocation_run_supersedes"),
                    refused::getMessage);
        }
    }

    private static String inForce(Connector connector) throws SQLException {
        List<String> runs = column(connector, "SELECT run_id FROM allocation_run r WHERE NOT EXISTS"
                + " (SELECT 1 FROM allocation_run s WHERE s.supersedes_run_id = r.run_id)");
        assertEquals(1, runs.size(), () -> "runs in force: " + runs);
        return runs.getFirst();
    }

    private static String supersededBy(Connector connector, String runId) throws SQLException {
        return column(connector, "SELECT supersedes_run_id FROM allocation_run WHERE run_id = '" + runId + "'")
                .getFirst();
    }

    private static List<String> column(Connector connector, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connector.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
