package dev.chargeback.run;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static dev.chargeback.run.EndToEndScenarios.assertVerifyReports;
import static dev.chargeback.run.EndToEndScenarios.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger proves itself (issue 8, points 3 and 4): the database refuses UPDATE and DELETE on every ledger table,
 * and each change that a superuser could still make with plain SQL (triggers taken away) makes `verify` fail naming
 * the record. One ledger per database is shared by the tests, in order: 2026-09 closed, then 2026-10 posted (the
 * sample data's six input files); each tampering test puts the row back when it is done.
 *
 * <p>The chain's links are therefore, by construction: 1 the close of 2026-09, 2..7 the six import batches (batch b
 * is link b + 1), 8 the run. Every expected message below is written from that and from rows read with plain SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LedgerTamperingScenarios {
    static final String APPEND_ONLY = " refused: the ledger is append-only";
    private static final String RUN_LINK = "chain link 8 (RUN ";

    private TestDatabase db;
    private Path temp;
    private String runId;

    abstract TestDatabase.Kind databaseKind();

    @BeforeAll
    void closeAPeriodAndPostARun() throws IOException {
        temp = Files.createTempDirectory("tamper");
        db = databaseKind().create();
        Cli.Result closed = Cli.execute("close", "--period", "2026-09", "--reason", "month end", "--user", "controller",
                "--db", db.url());
        assertEquals(0, closed.exit(), closed::describe);
        Cli.Result run = run(temp.resolve("out"));
        assertEquals(0, run.exit(), run::describe);
        runId = new RunOutput(temp.resolve("out")).runId();
        Files.createDirectories(temp.resolve("kept/2026-10"));
        Files.copy(temp.resolve("out/manifest.json"), temp.resolve("kept/2026-10/manifest.json"));
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** A run that posts even with the data of the run in force (so that it reuses the imported batches). */
    private Cli.Result run(Path out) {
        return Cli.execute("run", "--period", "2026-10", "--data", EndToEndScenarios.SAMPLE.toString(), "--out",
                out.toString(), "--db", db.url(), "--user", "e2e", "--repost");
    }

    @Test
    @Order(1)
    void databaseRefusesUpdateAndDeleteOfEveryLedgerTable() throws SQLException {
        String flows = count("allocation_flow");
        // chain_record (V005) is empty in a ledger made after V009 (a row trigger has no row to refuse); its trigger
        // is the same as chain_record_block's
        for (String table : List.of("allocation_run", "allocation_run_input", "allocation_pool", "allocation_flow",
                "run_warning", "run_tdabc", "run_rate_card", "ledger_entry", "ledger_line", "import_batch",
                "cost_center", "service", "cost_total", "driver_total", "import_period_seen", "period_event",
                "chain_link", "chain_record_block")) {
            assertRefused("DELETE FROM " + table, "DELETE on " + table + APPEND_ONLY);
        }
        assertRefused("UPDATE allocation_flow SET quantity = quantity + 1", "UPDATE on allocation_flow" + APPEND_ONLY);
        assertRefused("UPDATE period_event SET action = 'REOPEN'", "UPDATE on period_event" + APPEND_ONLY);
        if (!db.url().startsWith("jdbc:h2:")) {
            assertRefused("TRUNCATE ledger_line", "TRUNCATE on ledger_line" + APPEND_ONLY);
        }
        assertEquals(flows, count("allocation_flow"), "allocation_flow rows after the refused changes");
    }

    @Test
    @Order(2)
    void verifyNamesTheFlowWhoseQuantityWasChanged() throws SQLException {
        String flow = query(db, "SELECT MIN(flow_no) FROM allocation_flow WHERE quantity IS NOT NULL").getFirst();
        Tampering.disableTriggers(db, "allocation_flow");
        String change = "UPDATE allocation_flow SET quantity = quantity %s 1 WHERE run_id = '" + runId
                + "' AND flow_no = " + flow;
        execute(change.formatted("+"));
        try {
            assertVerifyReports(db, "allocation_flow (run_id=" + runId + ", flow_no=" + flow + "): changed after it"
                    + " was sealed in " + RUN_LINK + runId + ")");
        } finally {
            execute(change.formatted("-"));
        }
    }

    @Test
    @Order(3)
    void verifyNamesTheCloseEventThatWasDeleted() throws SQLException {
        Tampering.disableTriggers(db, "period_event");
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet event = s.executeQuery("SELECT event_id, period, action, actor, reason, at FROM period_event")) {
            assertTrue(event.next(), "the close of 2026-09");
            Object[] row = new Object[6];
            for (int i = 0; i < row.length; i++) {
                row[i] = event.getObject(i + 1);
            }
            assertEquals(1, s.executeUpdate("DELETE FROM period_event WHERE event_id = 1"));
            try {
                assertVerifyReports(db, "period_event (event_id=1): sealed in chain link 1 (PERIOD_EVENT 1) but no"
                        + " longer in the ledger", "period 2026-09: its state is CLOSED but its events say OPEN (period"
                        + " is a cache of period_event; the events are the record)");
            } finally {
                try (PreparedStatement put = c.prepareStatement("INSERT INTO period_event (event_id, period, action,"
                        + " actor, reason, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < row.length; i++) {
                        put.setObject(i + 1, row[i]);
                    }
                    put.executeUpdate();
                }
            }
        }
    }

    @Test
    @Order(4)
    void verifyNamesARunInsertedWithSql() throws SQLException {
        String columns = "period, method, currency, rules_sha256, rules_file, inputs_sha256, supersedes_run_id, actor,"
                + " code_version, started_at, posted_at, cost_in_minor, allocated_minor, remainder_minor,"
                + " accepted_rejects, rows_rejected, ledger_hash, step_order_source, rules_text";
        execute("INSERT INTO allocation_run (run_id, " + columns + ") SELECT '2026-10-forged', " + columns
                + " FROM allocation_run WHERE run_id = '" + runId + "'");
        try {
            assertVerifyReports(db, "allocation_run (run_id=2026-10-forged): in no link of the hash chain (written"
                    + " outside the engine)");
        } finally {
            Tampering.disableTriggers(db, "allocation_run");
            execute("DELETE FROM allocation_run WHERE run_id = '2026-10-forged'");
        }
    }

    /** Entries 1 and 2 change places (and back): each keeps its hash, but the links from there on break. */
    @Test
    @Order(5)
    void verifyNamesTheEntriesThatWereReordered() throws SQLException {
        Tampering.disableTriggers(db, "ledger_line", "ledger_entry");
        swapFirstTwoEntries();
        try {
            String run = " (run " + runId + " entry ";
            String broken = "): previous hash does not match the entry before it";
            assertVerifyReports(db, "entry seq 1" + run + 2 + broken, "entry seq 2" + run + 1 + broken,
                    "entry seq 3" + run + 3 + broken);
        } finally {
            swapFirstTwoEntries();
        }
    }

    private void swapFirstTwoEntries() throws SQLException {
        for (String sql : List.of("CREATE TABLE moved_entry AS SELECT * FROM ledger_entry WHERE seq IN (1, 2)",
                "CREATE TABLE moved_line AS SELECT * FROM ledger_line WHERE seq IN (1, 2)",
                "DELETE FROM ledger_line WHERE seq IN (1, 2)", "DELETE FROM ledger_entry WHERE seq IN (1, 2)",
                "UPDATE moved_entry SET seq = 3 - seq", "UPDATE moved_line SET seq = 3 - seq",
                "INSERT INTO ledger_entry SELECT * FROM moved_entry", "INSERT INTO ledger_line SELECT * FROM moved_line",
                "DROP TABLE moved_line", "DROP TABLE moved_entry")) {
            execute(sql);
        }
    }

    @Test
    @Order(6)
    void verifyNamesTheDriverTotalThatWasChanged() throws SQLException {
        String[] key = query(db, "SELECT batch_id, driver, subject, service, cost_center FROM driver_total"
                + " ORDER BY batch_id, driver, subject, service, cost_center LIMIT 1").getFirst().split("\\|", -1);
        Tampering.disableTriggers(db, "driver_total");
        String change = "UPDATE driver_total SET quantity = quantity %s 1 WHERE batch_id = " + key[0]
                + " AND driver = '" + key[1] + "' AND subject = '" + key[2] + "' AND service = '" + key[3]
                + "' AND cost_center = '" + key[4] + "'";
        execute(change.formatted("+"));
        try {
            assertVerifyReports(db, "driver_total (batch_id=" + key[0] + ", driver=" + key[1] + ", subject=" + key[2]
                    + ", service=" + key[3] + ", cost_center=" + key[4] + "): changed after it was sealed in chain link "
                    + (Long.parseLong(key[0]) + 1) + " (IMPORT_BATCH " + key[0] + ")");
        } finally {
            execute(change.formatted("-"));
        }
    }

    /**
     * The case: IT's cost total raised by 1,000,000.00 with SQL. verify names the row, and the next run, which
     * reuses the batch (same file), refuses it naming the batch, and posts nothing.
     */
    @Test
    @Order(7)
    void aChangedCostTotalIsNamedByVerifyAndRefusedByTheNextRun() throws SQLException, IOException {
        String[] key = query(db, "SELECT t.batch_id, t.cost_center, t.service, t.account, t.currency FROM cost_total t"
                + " WHERE t.cost_center = 'IT' ORDER BY t.service, t.account LIMIT 1").getFirst().split("\\|", -1);
        String entries = count("ledger_entry");
        Tampering.disableTriggers(db, "cost_total");
        String change = "UPDATE cost_total SET amount = amount %s 1000000 WHERE batch_id = " + key[0]
                + " AND cost_center = 'IT' AND service = '" + key[2] + "' AND account = '" + key[3] + "'";
        execute(change.formatted("+"));
        try {
            String problem = "cost_total (batch_id=" + key[0] + ", cost_center=IT, service=" + key[2] + ", account="
                    + key[3] + ", currency=" + key[4] + "): changed after it was sealed in chain link "
                    + (Long.parseLong(key[0]) + 1) + " (IMPORT_BATCH " + key[0] + ")";
            assertVerifyReports(db, problem);

            Cli.Result rerun = run(temp.resolve("rerun"));
            assertEquals(1, rerun.exit(), rerun::describe);
            assertEquals("chargeback: failed: import batch " + key[0] + " (costs.csv of 2026-10, sha256 "
                    + sha256(EndToEndScenarios.SAMPLE.resolve("costs.csv")).substring(0, 16) + "...) no longer"
                    + " matches its seal in the hash chain: " + problem + "; nothing was posted (see `chargeback"
                    + " verify`)", rerun.err().strip().lines().toList().getLast(), rerun::describe);
            assertEquals(entries, count("ledger_entry"), "ledger_entry rows after the refused rerun");
        } finally {
            execute(change.formatted("-"));
        }
    }

    /**
     * The latest run deleted whole (its rows, its entries, its link): both chains still verify, but the heads its
     * manifest kept are gone. Then a fresh, empty ledger against the same manifest.
     */
    @Test
    @Order(8)
    void keptManifestFindsTheDeletedLatestRunAndAnEmptiedLedger() throws SQLException {
        Path kept = temp.resolve("kept");
        String manifest = kept.resolve("2026-10/manifest.json").toString();
        Cli.Result before = Cli.execute("verify", "--against", kept.toString(), "--db", db.url());
        assertEquals(0, before.exit(), before::describe);
        assertTrue(before.out().contains("Kept heads: 1 manifests in " + kept), before::describe);
        String journalHead = query(db, "SELECT ledger_hash FROM allocation_run").getFirst();
        String recordsHead = query(db, "SELECT link_hash FROM chain_link WHERE seq = 8").getFirst();
        List<String> runTables = List.of("allocation_flow", "allocation_pool", "allocation_run_input", "run_warning",
                "run_tdabc", "run_rate_card", "run_step", "allocation_run");
        List<String> all = new java.util.ArrayList<>(runTables);
        all.addAll(List.of("ledger_line", "ledger_entry", "chain_record_block", "chain_link"));
        Tampering.disableTriggers(db, all.toArray(String[]::new));
        execute("DELETE FROM ledger_line WHERE seq IN (SELECT seq FROM ledger_entry WHERE run_id = '" + runId + "')");
        execute("DELETE FROM ledger_entry WHERE run_id = '" + runId + "'");
        runTables.forEach(t -> execute("DELETE FROM " + t + " WHERE run_id = '" + runId + "'"));
        execute("DELETE FROM chain_record_block WHERE seq = 8");
        execute("DELETE FROM chain_link WHERE seq = 8");

        assertEquals(0, Cli.execute("verify", "--db", db.url()).exit(), "without the kept heads nothing shows");
        String run = manifest + ": run " + runId + ": its ";
        List<String> gone = List.of(run + "journal head " + journalHead.substring(0, 16) + "... is no longer in the"
                + " ledger", run + "records head " + recordsHead.substring(0, 16) + "... is no longer in the hash chain");
        assertVerifyReports(db, List.of("--against", kept.toString()), gone.toArray(String[]::new));
        try (TestDatabase empty = databaseKind().create()) {
            assertVerifyReports(empty, List.of("--against", kept.toString()), gone.toArray(String[]::new));
        }
    }

    /**
     * A ledger sealed before V009 holds its links' records one per row (chain_record): after the upgrade they verify
     * as they did, and a change is named as before. Link 2 (batch 1, cost_centers.csv) is put in that form here.
     */
    @Test
    @Order(9)
    void linksSealedBeforePackedRecordsStillVerifyAndNameAChange() throws SQLException {
        Tampering.disableTriggers(db, "chain_record", "chain_record_block");
        String packed = count("chain_record_block WHERE seq = 2");
        try (Connection c = db.connect()) {
            var jooq = org.jooq.impl.DSL.using(c, db.url().startsWith("jdbc:h2") ? org.jooq.SQLDialect.H2
                    : org.jooq.SQLDialect.POSTGRES, new org.jooq.conf.Settings()
                    .withRenderQuotedNames(org.jooq.conf.RenderQuotedNames.NEVER)); // as DatabaseConfiguration
            dev.chargeback.ledger.internal.LedgerStores.unpackAsBeforeV009(jooq, 2);
        }
        assertEquals(List.of("1", "0"), List.of(packed, count("chain_record_block WHERE seq = 2")));
        String sealed = query(db, "SELECT records FROM chain_link WHERE seq = 2").getFirst();
        assertEquals(sealed, count("chain_record WHERE seq = 2"), "one chain_record row per sealed record");
        Cli.Result verify = Cli.execute("verify", "--db", db.url());
        assertEquals(0, verify.exit(), verify::describe);

        String center = query(db, "SELECT MIN(id) FROM cost_center WHERE batch_id = 1").getFirst();
        Tampering.disableTriggers(db, "cost_center");
        String change = "UPDATE cost_center SET name = %s WHERE batch_id = 1 AND id = '" + center + "'";
        String name = query(db, "SELECT name FROM cost_center WHERE batch_id = 1 AND id = '" + center + "'").getFirst();
        execute(change.formatted("'Renamed'"));
        try {
            assertVerifyReports(db, "cost_center (batch_id=1, id=" + center + "): changed after it was sealed in"
                    + " chain link 2 (IMPORT_BATCH 1)");
        } finally {
            execute(change.formatted("'" + name.replace("'", "''") + "'"));
        }
    }

    /**
     * A driver total, a flow and a journal line of no parent: PostgreSQL's foreign keys refuse them; embedded H2 has
     * none on these three bulk tables (sql/h2/V010_1), and `verify` names each there.
     */
    @Test
    @Order(10)
    void rowsOfNoParentAreRefusedOnPostgresqlAndNamedByVerifyOnH2() throws SQLException {
        List<String> orphans = List.of(
                "INSERT INTO driver_total (batch_id, driver, subject, service, cost_center, quantity, row_count,"
                        + " first_line, last_line) VALUES (999, 'usage', 'SVC-X', 'SVC-X', 'SALES', 1, 1, 2, 2)",
                "INSERT INTO allocation_flow (run_id, flow_no, stage, kind, rule_no, pool, sender, receiver, service,"
                        + " basis, driver, quantity, rate, amount_minor) VALUES ('2026-10-nowhere', 1, 1, 'allocation',"
                        + " 1, 'IT', 'IT', 'SALES', 'SVC-X', 'usage', 'usage', 1, NULL, 100)",
                "INSERT INTO ledger_line (seq, line_no, cost_center, account, debit_minor, credit_minor, flow_no)"
                        + " VALUES (999999, 1, 'SALES', '6100', 100, 0, NULL)");
        if (db.url().startsWith("jdbc:postgresql:")) {
            orphans.forEach(sql -> assertRefused(sql, "violates foreign key constraint"));
            return;
        }
        orphans.forEach(this::execute);
        try {
            assertVerifyReports(db, "1 journal lines belong to no ledger entry (written outside the engine)",
                    "driver_total (batch_id=999): in no link of the hash chain (written outside the engine)",
                    "allocation_flow (run_id=2026-10-nowhere): in no link of the hash chain (written outside the"
                            + " engine)");
            assertEquals(List.of(), query(db, "SELECT table_name FROM information_schema.table_constraints WHERE"
                    + " constraint_type = 'FOREIGN KEY' AND table_name IN ('DRIVER_TOTAL', 'ALLOCATION_FLOW',"
                    + " 'LEDGER_LINE')"), "H2's bulk tables have no foreign key (and no index of one)");
        } finally {
            Tampering.disableTriggers(db, "driver_total", "allocation_flow", "ledger_line");
            execute("DELETE FROM driver_total WHERE batch_id = 999");
            execute("DELETE FROM allocation_flow WHERE run_id = '2026-10-nowhere'");
            execute("DELETE FROM ledger_line WHERE seq = 999999");
        }
        Cli.Result verify = Cli.execute("verify", "--db", db.url());
        assertEquals(0, verify.exit(), verify::describe);
    }

    private void assertRefused(String sql, String message) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }, sql);
        assertTrue(e.getMessage().contains(message), () -> sql + ": " + e.getMessage());
    }

    private String count(String table) throws SQLException {
        return query(db, "SELECT COUNT(*) FROM " + table).getFirst();
    }

    private void execute(String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
