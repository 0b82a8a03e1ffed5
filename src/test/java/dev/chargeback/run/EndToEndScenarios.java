package dev.chargeback.run;

import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.ingest.internal.IngestStores;
import dev.chargeback.ledger.PostedRun;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.ledger.internal.LedgerStores;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.chargeback.run.RunChecks.assertMoney;
import static dev.chargeback.run.RunOutput.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly run end to end, through {@code chargeback}'s command line on the sample data (sample-data/, periods
 * 2026-08..2026-10), once per database: {@link H2EndToEndTest} (always) and {@link PostgresEndToEndTest} (when a
 * server is configured; required on CI). Every test gets fresh databases, dropped when it ends, and asserts numbers
 * read back from the output files against numbers recomputed from the inputs or from other output files.
 *
 * <p>Kept fast on purpose: a handful of runs per database. The expected files in src/test/resources/e2e are the
 * outputs of the sample runs without run_id and memo: {@code e2e/<period>/} of method direct (rules.yaml),
 * {@code e2e/step-down/<period>/} and {@code e2e/reciprocal/<period>/} of rules-step-down.yaml and
 * rules-reciprocal.yaml. The README's method table is computed from them ({@code ReadmeMethodTableTest}). After an
 * intended change of the numbers, rewrite them with
 * {@code ./build -B test -Dtest=H2EndToEndTest -De2e.writeExpected=true}, review the diff, and paste the table that
 * ReadmeMethodTableTest prints into the README.
 */
abstract class EndToEndScenarios {
    static final Path SAMPLE = Path.of("sample-data");
    static final String PERIOD = "2026-10";
    private static final Pattern VERIFIED = Pattern.compile("intact: ([\\d,.\u00a0\u202f ]+) entries");

    @TempDir
    Path temp;

    private final List<TestDatabase> databases = new ArrayList<>();

    /** Where this class's fresh databases come from. */
    abstract TestDatabase.Kind databaseKind();

    TestDatabase freshDatabase() {
        TestDatabase db = databaseKind().create();
        databases.add(db);
        return db;
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
        databases.clear();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-08", "2026-09", "2026-10"})
    void everySamplePeriodPostsAConservedBalancedReconciledRun(String period) {
        RunOutput out = posted(freshDatabase(), period, SAMPLE, temp.resolve("out"));

        JsonNode m = out.manifest();
        assertEquals(period, m.path("period").asString(), "manifest period");
        assertEquals("direct", m.path("method").asString(), "manifest method");
        assertEquals("e2e", m.path("user").asString(), "manifest user");
        assertFalse(m.path("accepted_rejects").asBoolean(), "manifest accepted_rejects");
        assertTrue(m.path("supersedes_run_id").isNull(), "a first run supersedes nothing");
        assertEquals("0", m.path("totals").path("rows_rejected").asString(), "manifest totals.rows_rejected");
        assertFalse(out.has("reversal.csv"), "a first run writes no reversal.csv");
        assertEquals(List.of(), out.csv("rejects.csv").stream().map(CSVRecord::toList).toList(), "rejects.csv");
        RunChecks.assertPeriodRowsAccepted(out, SAMPLE, period);
        RunChecks.assertPoolCostsMatchCostsCsv(out, SAMPLE, period);
        SampleInputs inputs = new SampleInputs(SAMPLE);
        RunChecks.assertSpreadInProportion(out, "HR", inputs.statistic(period, "HEADCOUNT", "HR"));
        RunChecks.assertSpreadInProportion(out, "FACILITIES", inputs.statistic(period, "SQM", "FACILITIES"));
        ExpectedFiles.assertMatches(out, "allocations.csv", period + "/allocations.csv");
        ExpectedFiles.assertMatches(out, "journal.csv", period + "/journal.csv");
    }

    @Test
    void samePeriodInTwoFreshDatabasesGivesIdenticalAllocationsAndJournal() {
        RunOutput a = posted(freshDatabase(), PERIOD, SAMPLE, temp.resolve("a"));
        RunOutput b = posted(freshDatabase(), PERIOD, SAMPLE, temp.resolve("b"));

        assertNotEquals(a.runId(), b.runId(), "every run has its own id");
        RunChecks.assertSameExceptRunId(a, b, "allocations.csv");
        RunChecks.assertSameExceptRunId(a, b, "journal.csv");
        RunChecks.assertSameExceptRunId(a, b, "reconciliation.csv");
        assertEquals(a.manifest().path("inputs_sha256").asString(), b.manifest().path("inputs_sha256").asString(),
                "inputs_sha256 of the same inputs");
        assertEquals(a.manifest().path("rules").path("sha256").asString(),
                b.manifest().path("rules").path("sha256").asString(), "rules sha256 of the same rules");
    }

    @Test
    void rerunInTheSameDatabaseReversesTheFirstRunAndPostsIdenticalLines() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput first = posted(db, PERIOD, SAMPLE, temp.resolve("first"));
        RunOutput second = posted(db, PERIOD, SAMPLE, temp.resolve("second"), "--repost");

        assertNotEquals(first.runId(), second.runId(), "the rerun has its own id");
        assertFalse(first.has("reversal.csv"), "the first run reverses nothing");
        assertEquals(first.runId(), second.manifest().path("supersedes_run_id").asString(),
                "the rerun's manifest supersedes_run_id");
        RunChecks.assertSameExceptRunId(first, second, "allocations.csv");
        RunChecks.assertSameExceptRunId(first, second, "journal.csv");
        assertReversalMirrors(first, second);
        RunChecks.assertEveryEntryBalances(second, "reversal.csv");

        long entries = entryIds(first, "journal.csv").size();
        assertEquals(3 * entries, verifiedEntries(db), "first run + its reversal + the rerun, all intact");
        assertEquals(3 * entries, ledgerEntries(db), "ledger_entry rows");
    }

    @Test
    void rejectedRowsAreListedAndNothingIsPostedUnlessAccepted() throws IOException, SQLException {
        Path data = copyOfSampleData("broken");
        CsvFile timesheets = CsvFile.load(data.resolve("timesheets.csv"));
        int badHours = timesheets.findLine(1, r -> r.get("date").startsWith(PERIOD));
        int badDate = timesheets.findLine(badHours, r -> r.get("date").startsWith(PERIOD));
        timesheets.set(badHours, "hours", "abc").set(badDate, "date", "2025-01-15").save();
        CsvFile usage = CsvFile.load(data.resolve("usage.csv"));
        int badCustomer = usage.findLine(1, r -> r.get("date").startsWith(PERIOD));
        usage.set(badCustomer, "customer", "NOPE").save();
        Set<String> expected = Set.of("timesheets.csv|" + badHours + "|hours|abc",
                "timesheets.csv|" + badDate + "|date|2025-01-15", "usage.csv|" + badCustomer + "|customer|NOPE");
        TestDatabase db = freshDatabase();

        Cli.Result refused = run(db, PERIOD, data, temp.resolve("refused"));
        assertEquals(2, refused.exit(), refused::describe);
        RunOutput rejected = new RunOutput(temp.resolve("refused"));
        assertEquals(expected, rejects(rejected), "rejects.csv (file|line|column|value)");
        assertEquals("REJECTED", rejected.manifest().path("status").asString(), "manifest status");
        assertFalse(rejected.manifest().path("accepted_rejects").asBoolean(), "manifest accepted_rejects");
        assertRejectedPerFile(rejected, Map.of("timesheets.csv", 2L, "usage.csv", 1L));
        RunChecks.assertInputsCounted(rejected, data);
        for (String file : List.of("allocations.csv", "journal.csv", "reversal.csv", "reconciliation.csv")) {
            assertFalse(rejected.has(file), () -> "a refused run writes no " + file);
        }
        assertEquals(0, verifiedEntries(db), "verify after the refused run");
        assertEquals(0, ledgerEntries(db), "ledger_entry rows after the refused run");

        RunOutput accepted = posted(db, PERIOD, data, temp.resolve("accepted"), "--accept-rejects");
        assertTrue(accepted.manifest().path("accepted_rejects").asBoolean(), "manifest accepted_rejects");
        assertEquals("3", accepted.manifest().path("totals").path("rows_rejected").asString(), "totals.rows_rejected");
        assertTrue(accepted.manifest().path("supersedes_run_id").isNull(), "the refused run posted nothing");
        assertEquals(expected, rejects(accepted), "rejects.csv of the accepted run");
        assertRejectedPerFile(accepted, Map.of("timesheets.csv", 2L, "usage.csv", 1L));
        assertEquals(entryIds(accepted, "journal.csv").size(), ledgerEntries(db), "ledger_entry rows, posted");
    }

    @Test
    void missingRequiredFileIsRefusedNamingTheFile() throws IOException {
        Path data = copyOfSampleData("no-costs");
        Files.delete(data.resolve("costs.csv"));

        Cli.Result r = run(freshDatabase(), PERIOD, data, temp.resolve("out"));

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("costs.csv"), () -> "the message names costs.csv: " + r.describe());
        assertFalse(new RunOutput(temp.resolve("out")).has("journal.csv"), "nothing written");
    }

    @Test
    void moreThanTwentyFourHoursForOneEmployeeOnOneDateIsRejected() throws IOException {
        Path data = copyOfSampleData("long-day");
        CsvFile timesheets = CsvFile.load(data.resolve("timesheets.csv"));
        int first = timesheets.findLine(1, r -> r.get("date").startsWith(PERIOD));
        int second = timesheets.findLine(first, r -> r.get("date").equals(timesheets.cell(first, "date"))
                && r.get("employee").equals(timesheets.cell(first, "employee")));
        timesheets.set(first, "hours", "20").set(second, "hours", "20").save();

        Cli.Result r = run(freshDatabase(), PERIOD, data, temp.resolve("out"));

        assertEquals(2, r.exit(), r::describe);
        RunOutput out = new RunOutput(temp.resolve("out"));
        assertTrue(rejects(out).contains("timesheets.csv|" + second + "|hours|20"), "the row that passes 24 hours");
        assertFalse(rejects(out).contains("timesheets.csv|" + first + "|hours|20"), "the first 20 hours fit the day");
        String day = timesheets.cell(first, "employee") + " to ";
        out.csv("rejects.csv").forEach(reject -> assertTrue(reject.get("reason").contains(day)
                && reject.get("reason").contains(timesheets.cell(first, "date")), "every reject is that employee's day"));
    }

    @Test
    void missingRequiredColumnIsRefusedNamingFileAndColumn() throws IOException {
        Path data = copyOfSampleData("no-hours");
        CsvFile.load(data.resolve("timesheets.csv")).dropColumn("hours").save();

        Cli.Result r = run(freshDatabase(), PERIOD, data, temp.resolve("out"));

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("timesheets.csv"), () -> "the message names timesheets.csv: " + r.describe());
        assertTrue(Pattern.compile("\\bhours\\b").matcher(r.err()).find(),
                () -> "the message names the column hours: " + r.describe());
        assertFalse(new RunOutput(temp.resolve("out")).has("journal.csv"), "nothing written");
    }

    @Test
    void closedPeriodRefusesRunUntilReopened() throws SQLException {
        TestDatabase db = freshDatabase();
        Cli.Result closed = Cli.execute("close", "--period", PERIOD, "--reason", "month end", "--user", "controller",
                "--db", db.url());
        assertEquals(0, closed.exit(), closed::describe);

        Cli.Result refused = run(db, PERIOD, SAMPLE, temp.resolve("refused"));
        assertEquals(2, refused.exit(), refused::describe);
        assertTrue(refused.err().contains(PERIOD) && refused.err().toLowerCase(Locale.ROOT).contains("closed"),
                () -> "the message says the period is closed: " + refused.describe());
        assertFalse(new RunOutput(temp.resolve("refused")).has("journal.csv"), "a refused run writes no journal");
        assertEquals(0, ledgerEntries(db), "ledger_entry rows while closed");

        Cli.Result reopened = Cli.execute("reopen", "--period", PERIOD, "--reason", "late accrual", "--user",
                "controller", "--db", db.url());
        assertEquals(0, reopened.exit(), reopened::describe);
        RunOutput out = posted(db, PERIOD, SAMPLE, temp.resolve("reopened"));
        assertEquals(entryIds(out, "journal.csv").size(), ledgerEntries(db), "ledger_entry rows after reopening");
        assertEquals(List.of("CLOSE|controller|month end", "REOPEN|controller|late accrual"),
                query(db, "SELECT action, actor, reason FROM period_event WHERE period = '" + PERIOD
                        + "' ORDER BY event_id"), "period_event: who closed and reopened, and why");
    }

    @Test
    void dryRunWritesWhatWouldBePostedAndLeavesTheLedgerAsItWas() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput real = posted(db, PERIOD, SAMPLE, temp.resolve("real"));
        long entries = ledgerEntries(db);

        Cli.Result r = run(db, PERIOD, SAMPLE, temp.resolve("trial"), "--dry-run");
        assertEquals(0, r.exit(), r::describe);
        RunOutput trial = new RunOutput(temp.resolve("trial"));

        assertEquals("DRY_RUN", trial.manifest().path("status").asString(), "manifest status");
        assertEquals(real.runId(), trial.manifest().path("supersedes_run_id").asString(), "would reverse the real run");
        RunChecks.assertSameExceptRunId(real, trial, "allocations.csv");
        RunChecks.assertSameExceptRunId(real, trial, "journal.csv");
        assertTrue(trial.has("reversal.csv"), "the dry run shows the reversal it would post");
        assertEquals(entries, ledgerEntries(db), "ledger_entry rows after the dry run");
        assertEquals(entries, verifiedEntries(db), "verify after the dry run");
        RunOutput rerun = posted(db, PERIOD, SAMPLE, temp.resolve("rerun"), "--repost");
        assertEquals(real.runId(), rerun.manifest().path("supersedes_run_id").asString(),
                "the real run is still the run in force");
    }

    @Test
    void exportWritesAPostedRunAgainAndStatusNamesTheRunInForce() throws IOException {
        TestDatabase db = freshDatabase();
        RunOutput first = posted(db, PERIOD, SAMPLE, temp.resolve("first"));
        RunOutput second = posted(db, PERIOD, SAMPLE, temp.resolve("second"), "--repost");

        for (int i = 0; i < 2; i++) { // exporting twice into one folder is allowed
            Cli.Result export = Cli.execute("export", "--run", second.runId(), "--out", temp.resolve("again").toString(),
                    "--db", db.url());
            assertEquals(0, export.exit(), export::describe);
        }
        RunOutput again = new RunOutput(temp.resolve("again"));
        for (String file : List.of("allocations.csv", "journal.csv", "reversal.csv", "reconciliation.csv")) {
            assertEquals(second.text(file), again.text(file), file + " written again from the ledger");
        }
        assertEquals(second.runId(), again.runId(), "manifest run id");

        Cli.Result status = Cli.execute("status", "--db", db.url());
        assertEquals(0, status.exit(), status::describe);
        assertTrue(status.out().contains("* run " + second.runId()), status::describe);
        assertTrue(status.out().contains("  run " + first.runId()), status::describe);
    }

    @Test
    void warningsAreReadBackFromTheLedgerAsPrinted() {
        TestDatabase db = freshDatabase();
        Cli.Result r = run(db, PERIOD, SAMPLE, temp.resolve("posted"));
        assertEquals(0, r.exit(), r::describe);
        RunOutput again = exportedAgain(db, new RunOutput(temp.resolve("posted")).runId(), temp.resolve("again"));

        // rules.yaml lets FACILITIES/FAC-RECEPTION serve HR, a service cost center: direct allocation skips it
        List<String> printed = r.err().lines().filter(l -> l.startsWith("  warning: "))
                .map(l -> l.substring("  warning: ".length())).toList();
        assertEquals(1, printed.size(), r::describe);
        assertTrue(printed.getFirst().contains("FACILITIES/FAC-RECEPTION") && printed.getFirst().contains("HR"),
                r::describe);
        assertEquals(printed, strings(again.manifest().path("warnings")), "manifest warnings");
        assertEquals(printed, strings(json(again, "method-detail.json").path("warnings")), "method-detail warnings");
    }

    @Test
    void stepOrderAndRateCardsAreReadBackFromTheLedgerAsPosted() throws IOException {
        TestDatabase db = freshDatabase();
        Path rules = SAMPLE.resolve("rules-step-down.yaml");
        RunOutput posted = posted(db, PERIOD, SAMPLE, temp.resolve("posted"), "--rules", rules.toString());
        RunOutput again = exportedAgain(db, posted.runId(), temp.resolve("again"));
        JsonNode detail = json(again, "method-detail.json");

        Matcher order = Pattern.compile("(?m)^step_order: \\[(.*)]").matcher(Files.readString(rules));
        assertTrue(order.find(), "rules-step-down.yaml names its step order");
        List<String> expectedOrder = List.of(order.group(1).split(",\\s*"));
        assertEquals(expectedOrder, strings(detail.path("step_order")), "method-detail step_order");
        assertEquals(expectedOrder, strings(again.manifest().path("step_order")), "manifest step_order");
        JsonNode laptops = detail.path("rates").get(0);
        assertEquals("IT/IT-LAPTOPS", laptops.path("pool").asString());
        assertEquals(0, new BigDecimal("42.50").compareTo(new BigDecimal(laptops.path("rate").asString())),
                "the standard rate of IT-LAPTOPS in services.csv");
        BigDecimal charged = new BigDecimal(laptops.path("rate").asString())
                .multiply(new BigDecimal(laptops.path("quantity").asString()));
        assertMoney("charged = rate x quantity", charged, new BigDecimal(laptops.path("charged").asString()));
        assertMoney("recovery = pool total - charged", new BigDecimal(laptops.path("pool_total").asString())
                .subtract(charged), new BigDecimal(laptops.path("recovery").asString()));
        assertEquals(posted.text("method-detail.json"), again.text("method-detail.json"), "exported again");
    }

    @Test
    void methodDetailAndWarningsComeBackFromTheLedgerWithEveryFigureAsComputed() throws SQLException {
        TestDatabase db = freshDatabase();
        posted(db, PERIOD, SAMPLE, temp.resolve("out")); // the schema, as every command migrates it
        // figures at the scales the engine gives them: "0" and "467.50", 1.3E+3 (a stripped capacity), 32 decimals
        MethodDetail detail = new MethodDetail("reciprocal", List.of(), null, new MethodDetail.Reciprocal(
                List.of("IT", "HR"), decimals("339022.80", "0"), decimals("0", "467.50"),
                List.of(Map.of("HR", new BigDecimal("0.067972133308228205611")), Map.of()),
                decimals("354384.44070057", "1.3E+3")),
                List.of(new MethodDetail.Tdabc("IT/IT-HELPDESK", "IT", new BigDecimal("49578.29"),
                        new BigDecimal("1.3E+3"), new BigDecimal("952.75"),
                        new BigDecimal("38.13714615384615384615384615384615"), new BigDecimal("347.25"), 1324312,
                        false)),
                List.of(new MethodDetail.RateCard("IT/IT-LAPTOPS", "IT", new BigDecimal("42.5"), new BigDecimal("566"),
                        2902275, 2405500, 496775, "IT")));
        List<String> warnings = List.of("first warning", "a warning\non two lines");
        Instant at = Instant.parse("2026-11-02T08:00:00.123Z");
        try (Connection c = db.connect()) {
            DSLContext jooq = DSL.using(c, db.url().startsWith("jdbc:h2") ? SQLDialect.H2 : SQLDialect.POSTGRES,
                    new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)); // as DatabaseConfiguration
            RunId runId = new RunId("2026-10-typed-rows");
            // 13 places in a DECIMAL(38,12) column: the database rounds it (half up), and the flow, sealed as
            // written, must be sealed as stored, or `verify` would call the untouched ledger tampered
            var flow = new dev.chargeback.allocation.Flow(1, dev.chargeback.allocation.FlowKind.ALLOCATION, 1,
                    "IT", "IT", "SALES", "", new dev.chargeback.allocation.EvenSplit(false), "even",
                    new BigDecimal("1.1234567890125"), null, 0);
            PostedRun run = new PostedRun(runId, java.time.YearMonth.parse(PERIOD), "reciprocal", "EUR",
                    "a".repeat(64), "rules.yaml", "currency: EUR\n", "b".repeat(64), null, "e2e", "test", at, at, 0,
                    0, 0, false, 0, detail, warnings, List.of(), List.of(flow), List.of(), List.of(), List.of());
            jooq.transaction(t -> LedgerStores.ledger(t.dsl()).post(run)); // posting runs in its caller's transaction
            RunArchive archive = LedgerStores.archive(jooq,
                    IngestStores.importedBatches(jooq, java.time.Clock.systemUTC()));

            assertEquals(detail, archive.methodDetail(runId), "BigDecimal.equals compares scales");
            assertEquals(warnings, archive.warnings(runId));
            assertEquals(at, archive.header(runId).postedAt());
            assertEquals(List.of("1.123456789013"), query(db, "SELECT quantity FROM allocation_flow WHERE run_id = '"
                    + runId.value() + "'").stream().map(q -> new BigDecimal(q).stripTrailingZeros().toPlainString())
                    .toList(), "the stored quantity, rounded half up to the column's 12 places");
        }
        Cli.Result verify = Cli.execute("verify", "--db", db.url());
        assertEquals(0, verify.exit(), verify::describe);
        assertTrue(verify.out().contains("Records intact:"), verify::describe);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    private static RunOutput exportedAgain(TestDatabase db, String runId, Path folder) {
        Cli.Result export = Cli.execute("export", "--run", runId, "--out", folder.toString(), "--db", db.url());
        assertEquals(0, export.exit(), export::describe);
        return new RunOutput(folder);
    }

    private static JsonNode json(RunOutput out, String file) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(out.text(file));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void verifyNamesTheRunWhoseLastEntryWasRemovedFromTheEndOfTheLedger() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput out = posted(db, PERIOD, SAMPLE, temp.resolve("out"));
        int last = entryIds(out, "journal.csv").size(); // a fresh ledger: the run's entries are seq 1..last
        String head = out.manifest().path("ledger_hash").asString();
        String before = query(db, "SELECT entry_hash FROM ledger_entry WHERE seq = " + (last - 1)).getFirst();
        Tampering.disableTriggers(db, "ledger_line", "ledger_entry");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM ledger_line WHERE seq = " + last);
            assertEquals(1, s.executeUpdate("DELETE FROM ledger_entry WHERE seq = " + last), "entries removed");
        }

        assertVerifyReports(db,
                "run " + out.runId() + ": its last entry (hash " + head.substring(0, 16) + "...) is no longer in the"
                        + " ledger",
                "the chain ends at " + before.substring(0, 16) + "..., not at the last run's head "
                        + head.substring(0, 16) + "... (" + out.runId() + "): entries were added or removed after it");
    }

    @Test
    void verifyNamesTheEntryWhoseLineWasChangedAndItsImbalance() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput out = posted(db, PERIOD, SAMPLE, temp.resolve("out"));
        int last = entryIds(out, "journal.csv").size();
        assertEquals(last, verifiedEntries(db), "verify after the run");
        long credits = out.csv("journal.csv").stream().filter(l -> l.get("entry_id").equals(Integer.toString(last)))
                .map(l -> money(l, "credit")).reduce(BigDecimal.ZERO, BigDecimal::add).movePointRight(2)
                .longValueExact();

        int changed;
        Tampering.disableTriggers(db, "ledger_line");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            changed = s.executeUpdate("UPDATE ledger_line SET debit_minor = debit_minor + 1 WHERE seq = " + last
                    + " AND line_no = 2");
        }
        assertEquals(1, changed, "ledger lines tampered with");

        String entry = "entry seq " + last + " (run " + out.runId() + " entry " + last + ")";
        assertVerifyReports(db, entry + ": content does not match its hash (changed after posting)",
                entry + ": debits " + (credits + 1) + " != credits " + credits);
    }

    @Test
    void verifyNamesTheEntryWhoseAccountWasChangedEvenWhenItStillBalances() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput out = posted(db, PERIOD, SAMPLE, temp.resolve("out"));
        Tampering.disableTriggers(db, "ledger_line");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE ledger_line SET account = 'SUSPENSE' WHERE seq = 3 AND line_no = 2"),
                    "ledger lines tampered with");
        }

        assertVerifyReports(db, "entry seq 3 (run " + out.runId() + " entry 3): content does not match its hash "
                + "(changed after posting)");
    }

    /** Entries 1 and 2 change places: each keeps its own hash, but no link of the chain from there on holds. */
    @Test
    void verifyNamesEveryEntryWhoseLinkBreaksWhenTwoEntriesAreReordered() throws SQLException {
        TestDatabase db = freshDatabase();
        RunOutput out = posted(db, PERIOD, SAMPLE, temp.resolve("out"));
        Tampering.disableTriggers(db, "ledger_line", "ledger_entry");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE moved_entry AS SELECT * FROM ledger_entry WHERE seq IN (1, 2)");
            s.executeUpdate("CREATE TABLE moved_line AS SELECT * FROM ledger_line WHERE seq IN (1, 2)");
            s.executeUpdate("DELETE FROM ledger_line WHERE seq IN (1, 2)");
            s.executeUpdate("DELETE FROM ledger_entry WHERE seq IN (1, 2)");
            s.executeUpdate("UPDATE moved_entry SET seq = 3 - seq");
            s.executeUpdate("UPDATE moved_line SET seq = 3 - seq");
            assertEquals(2, s.executeUpdate("INSERT INTO ledger_entry SELECT * FROM moved_entry"), "entries moved");
            s.executeUpdate("INSERT INTO ledger_line SELECT * FROM moved_line");
        }

        String run = " (run " + out.runId() + " entry ";
        String broken = "): previous hash does not match the entry before it";
        assertVerifyReports(db, "entry seq 1" + run + 2 + broken, "entry seq 2" + run + 1 + broken,
                "entry seq 3" + run + 3 + broken);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"step-down, 2026-08", "step-down, 2026-09", "step-down, 2026-10",
            "reciprocal, 2026-08", "reciprocal, 2026-09", "reciprocal, 2026-10"})
    void stepDownAndReciprocalRunsMatchTheirExpectedFilesAndConserveEveryCent(String method, String period) {
        RunOutput out = posted(freshDatabase(), period, SAMPLE, temp.resolve("out"), "--rules",
                SAMPLE.resolve("rules-" + method + ".yaml").toString());

        assertEquals(method, out.manifest().path("method").asString(), "manifest method");
        ExpectedFiles.assertMatches(out, "allocations.csv", method + "/" + period + "/allocations.csv");
        ExpectedFiles.assertMatches(out, "journal.csv", method + "/" + period + "/journal.csv");
        RunChecks.assertPoolCostsMatchCostsCsv(out, SAMPLE, period);
        List<CSVRecord> pools = out.csv("reconciliation.csv");
        Set<String> owners = new HashSet<>();
        pools.forEach(p -> owners.add(p.get("cost_center")));
        BigDecimal toServices = out.csv("allocations.csv").stream()
                .filter(f -> "ALLOCATION".equals(f.get("kind")) && owners.contains(f.get("receiver")))
                .map(f -> money(f, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertMoney("what the service pools received vs the flows into them", toServices,
                RunChecks.sum(pools, "received"));
    }

    @Test
    void generalPoolIsSpreadByItsCostCentersHoursExceptThoseOfAnHoursDrivenServicePool() {
        RunOutput out = posted(freshDatabase(), PERIOD, SAMPLE, temp.resolve("out"));

        // IT-HELPDESK has a pool of its own driven by hours (tdabc): its rows count there, every other IT row here
        RunChecks.assertSpreadInProportion(out, "IT", new SampleInputs(SAMPLE).hours(PERIOD, "IT", "IT-HELPDESK"));
    }

    @Test
    void runThatSupersedesNothingLeavesNoReversalInItsFolder() {
        Path out = temp.resolve("out");
        TestDatabase earlier = freshDatabase();
        posted(earlier, PERIOD, SAMPLE, temp.resolve("first"));
        assertTrue(posted(earlier, PERIOD, SAMPLE, out, "--repost").has("reversal.csv"), "the rerun wrote reversal.csv");

        RunOutput fresh = posted(freshDatabase(), PERIOD, SAMPLE, out);

        assertTrue(fresh.manifest().path("supersedes_run_id").isNull(), "a first run in a new database");
        assertFalse(fresh.has("reversal.csv"), "reversal.csv of another run left in the folder");
        assertTrue(fresh.manifest().path("outputs").path("reversal.csv").isMissingNode(),
                "manifest outputs list a reversal.csv");
    }

    // ------------------------------------------------------------------------------------------------------------

    Cli.Result run(TestDatabase db, String period, Path data, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--period", period, "--data", data.toString(), "--out",
                out.toString(), "--db", db.url(), "--user", "e2e"));
        args.addAll(List.of(options));
        return Cli.execute(args.toArray(String[]::new));
    }

    /** Runs, expects exit 0 and checks what every posted run promises (RunChecks.assertPostedRun, inputs). */
    RunOutput posted(TestDatabase db, String period, Path data, Path out, String... options) {
        Cli.Result r = run(db, period, data, out, options);
        assertEquals(0, r.exit(), r::describe);
        RunOutput output = new RunOutput(out);
        RunChecks.assertPostedRun(output);
        RunChecks.assertInputsCounted(output, data);
        return output;
    }

    /** A private copy of sample-data/ to break. */
    Path copyOfSampleData(String name) throws IOException {
        Path copy = Files.createDirectories(temp.resolve(name));
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    /** {@code chargeback verify} exits 1 and prints exactly these problems, in this order, on standard error. */
    static void assertVerifyReports(TestDatabase db, String... problems) {
        assertVerifyReports(db, List.of(), problems);
    }

    /** As above, with options such as {@code --against DIR}. */
    static void assertVerifyReports(TestDatabase db, List<String> options, String... problems) {
        List<String> args = new ArrayList<>(List.of("verify", "--db", db.url()));
        args.addAll(options);
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        assertEquals(1, r.exit(), r::describe);
        List<String> expected = new ArrayList<>();
        expected.add("Ledger NOT intact (" + problems.length + " problems):");
        Stream.of(problems).forEach(p -> expected.add("  " + p));
        assertEquals(String.join("\n", expected), r.err().strip().replace("\r\n", "\n"), "verify's message");
    }

    /** The entries {@code chargeback verify} found intact (it must exit 0). */
    static long verifiedEntries(TestDatabase db) {
        Cli.Result r = Cli.execute("verify", "--db", db.url());
        assertEquals(0, r.exit(), r::describe);
        Matcher m = VERIFIED.matcher(r.out());
        assertTrue(m.find(), () -> "verify prints how many entries are intact: " + r.describe());
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }

    static long ledgerEntries(TestDatabase db) throws SQLException {
        return Long.parseLong(query(db, "SELECT COUNT(*) FROM ledger_entry").getFirst());
    }

    /** Rows of a query, each as its columns joined by '|'. */
    static List<String> query(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    static Set<String> entryIds(RunOutput out, String file) {
        Set<String> ids = new TreeSet<>();
        out.csv(file).forEach(l -> ids.add(l.get("entry_id")));
        return ids;
    }

    /** rejects.csv as file|line|column|value; every reject must also give a reason. */
    static Set<String> rejects(RunOutput out) {
        Set<String> rows = new TreeSet<>();
        for (CSVRecord r : out.csv("rejects.csv")) {
            assertFalse(r.get("reason").isBlank(), () -> "rejects.csv line " + (r.getRecordNumber() + 1) + " gives "
                    + "no reason");
            rows.add(String.join("|", r.get("file"), r.get("line"), r.get("column"), r.get("value")));
        }
        return rows;
    }

    static void assertRejectedPerFile(RunOutput out, Map<String, Long> expected) {
        Map<String, Long> rejected = new TreeMap<>();
        for (JsonNode i : out.manifest().path("inputs")) {
            rejected.put(i.path("file").asString(), i.path("rejected").asLong());
        }
        Map<String, Long> want = new TreeMap<>();
        RunChecks.INPUT_FILES.forEach(f -> want.put(f, expected.getOrDefault(f, 0L)));
        assertEquals(want, rejected, "manifest inputs[].rejected");
    }

    /**
     * reversal.csv of the rerun mirrors the first run's journal.csv: one reversal entry per original entry, naming
     * it (reverses_run_id, reverses_entry_id), with the same lines, debit and credit swapped.
     */
    static void assertReversalMirrors(RunOutput first, RunOutput second) {
        Map<String, List<String>> original = new TreeMap<>();
        for (CSVRecord l : first.csv("journal.csv")) {
            original.computeIfAbsent(l.get("entry_id"), k -> new ArrayList<>()).add(line(l, "debit", "credit"));
        }
        Map<String, List<String>> reversed = new TreeMap<>();
        Map<String, String> reversalOf = new HashMap<>();
        List<CSVRecord> reversal = second.csv("reversal.csv");
        for (CSVRecord l : reversal) {
            String where = "reversal.csv line " + (l.getRecordNumber() + 1);
            assertEquals(second.runId(), l.get("run_id"), where + ": run_id is the rerun");
            assertEquals(first.runId(), l.get("reverses_run_id"), where + ": reverses_run_id is the first run");
            String of = l.get("reverses_entry_id");
            String previous = reversalOf.putIfAbsent(of, l.get("entry_id"));
            assertTrue(previous == null || previous.equals(l.get("entry_id")),
                    () -> "entry " + of + " of the first run is reversed by two entries: " + previous + " and "
                            + l.get("entry_id"));
            reversed.computeIfAbsent(of, k -> new ArrayList<>()).add(line(l, "credit", "debit"));
        }
        assertEquals(first.csv("journal.csv").size(), reversal.size(), "reversal.csv lines vs first journal lines");
        original.values().forEach(Collections::sort);
        reversed.values().forEach(Collections::sort);
        assertEquals(original, reversed, "first run's entries (debit|credit) vs reversal entries (credit|debit)");
    }

    private static String line(CSVRecord l, String debit, String credit) {
        return String.join("|", l.get("line"), l.get("period"), l.get("cost_center"), l.get("account"),
                money(l, debit).toPlainString(), money(l, credit).toPlainString(), l.get("currency"), l.get("flow"));
    }
}
