package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.chargeback.run.RunChecks.assertMoney;
import static dev.chargeback.run.RunOutput.money;
import static java.math.BigDecimal.ZERO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code diff} and the rerun rules around it, through the command line on the sample data, once per database
 * ({@link H2DiffTest}, {@link PostgresDiffTest}): the scripted check of the audit issue (one timesheet row changed,
 * the diff names its receiver's driver quantity with the amount worked out here from the input files), the parts
 * of every line summing to its change across periods and methods, an identical rerun that posts nothing, and a
 * dry run on a closed period.
 */
abstract class DiffScenarios {
    static final Path SAMPLE = Path.of("sample-data");
    static final String PERIOD = "2026-10";
    static final List<String> CAUSES = List.of("pool_cost", "received", "driver_quantity", "driver_total",
            "rule_or_method", "added_or_removed", "rounding");

    @TempDir
    Path temp;

    private final List<TestDatabase> databases = new ArrayList<>();

    abstract TestDatabase.Kind databaseKind();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
    }

    @Test
    void oneChangedTimesheetRowIsThatReceiversDriverQuantityAndEveryoneElsesDriverTotal() throws IOException {
        TestDatabase db = fresh();
        Path data = copyOfSampleData();
        assertUsageError(db, "chargeback: no run in force for 2026-10 in this ledger (`status` lists the runs)");
        RunOutput first = posted(db, data, "first");
        assertUsageError(db, "chargeback: run " + first.runId() + " in force for 2026-10 superseded no run: nothing to"
                + " compare it with (give --from RUN, or --against ANOTHER_PERIOD)");
        assertUsageError(db, "chargeback: --format 'xml' is not a format (expected text, csv or json)", "--format",
                "xml");

        Cli.Result same = run(db, data, "same");
        assertEquals(0, same.exit(), same::describe);
        assertEquals("Nothing posted: inputs, rules and method are identical to run " + first.runId() + " in force for "
                + PERIOD + " (--repost posts them again).", same.out().strip(), same::describe);
        assertFalse(Files.exists(temp.resolve("same")), "an identical rerun writes no outputs");

        CsvFile timesheets = CsvFile.load(data.resolve("timesheets.csv"));
        int line = timesheets.findLine(1, r -> r.get("date").startsWith(PERIOD) && r.get("cost_center").equals("IT")
                && r.get("customer").equals("MARKETING") && r.get("service").isEmpty());
        BigDecimal hours = new BigDecimal(timesheets.cell(line, "hours"));
        Map<String, BigDecimal> before = new SampleInputs(data).hours(PERIOD, "IT", "IT-HELPDESK");
        timesheets.set(line, "hours", hours.add(new BigDecimal("1.5")).toPlainString()).save();
        Map<String, BigDecimal> after = new SampleInputs(data).hours(PERIOD, "IT", "IT-HELPDESK");
        RunOutput second = posted(db, data, "second");

        List<CSVRecord> lines = diff(db, "--format", "csv", "--all");
        assertPartsSumToChange(lines);
        assertLinesAreTheRunsFlows(lines, first, second);
        BigDecimal cost = ownCost(first, "IT");
        BigDecimal totalBefore = sum(before);
        BigDecimal totalAfter = sum(after);
        for (CSVRecord l : lines) {
            if (!l.get("pool").equals("IT")) {
                CAUSES.forEach(c -> assertMoney(l.get("pool") + " -> " + l.get("receiver") + " " + c, ZERO,
                        money(l, c)));
                continue;
            }
            String receiver = l.get("receiver");
            BigDecimal qBefore = before.get(receiver);
            BigDecimal qAfter = after.get(receiver);
            assertMoney(receiver + " driver quantity", share(cost, qAfter, totalBefore)
                    .subtract(share(cost, qBefore, totalBefore)), money(l, "driver_quantity"));
            assertMoney(receiver + " driver total", share(cost, qAfter, totalAfter)
                    .subtract(share(cost, qAfter, totalBefore)), money(l, "driver_total"));
            for (String c : List.of("pool_cost", "received", "rule_or_method", "added_or_removed")) {
                assertMoney(receiver + " " + c, ZERO, money(l, c));
            }
        }
        BigDecimal marketing = share(cost, after.get("MARKETING"), totalBefore)
                .subtract(share(cost, before.get("MARKETING"), totalBefore));
        assertTrue(marketing.signum() > 0, "1.5 more hours cost MARKETING more: " + marketing);
        Cli.Result text = Cli.execute("diff", "--period", PERIOD, "--db", db.url());
        assertEquals(0, text.exit(), text::describe);
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("IT ") && l.contains(" MARKETING ")
                && l.contains("driver quantity +" + marketing.toPlainString())), text::describe);
        text.out().lines().filter(l -> l.contains(" SALES ")).forEach(l -> assertFalse(
                l.contains("driver quantity"), () -> "SALES logged the same hours: " + text.describe()));

        posted(db, data, "again", "--repost");
        Cli.Result none = Cli.execute("diff", "--period", PERIOD, "--db", db.url());
        assertEquals(0, none.exit(), none::describe);
        assertTrue(none.out().contains("No line changed."), none::describe);

        assertDryRunAllowedOnAClosedPeriod(db, data);
    }

    private void assertDryRunAllowedOnAClosedPeriod(TestDatabase db, Path data) {
        Cli.Result closed = Cli.execute("close", "--period", PERIOD, "--reason", "month end", "--db", db.url());
        assertEquals(0, closed.exit(), closed::describe);
        Cli.Result dry = run(db, data, "dry", "--dry-run");
        assertEquals(0, dry.exit(), dry::describe);
        assertEquals("DRY_RUN", new RunOutput(temp.resolve("dry")).manifest().path("status").asString());
        Cli.Result refused = run(db, data, "refused", "--repost");
        assertEquals(2, refused.exit(), refused::describe);
        assertTrue(refused.err().toLowerCase(java.util.Locale.ROOT).contains("closed"), refused::describe);
        Cli.Result status = Cli.execute("status", "--db", db.url());
        assertEquals(3, status.out().lines().filter(l -> l.contains(" run " + PERIOD)).count(),
                () -> "three runs posted, the dry run and the refused run not: " + status.describe());
    }

    @Test
    void everyLinesPartsSumToItsChangeAcrossPeriodsAndMethods() {
        TestDatabase db = fresh();
        String reciprocal = SAMPLE.resolve("rules-reciprocal.yaml").toString();
        RunOutput nine = posted(db, SAMPLE, "09", "--period", "2026-09", "--rules", reciprocal);
        RunOutput ten = posted(db, SAMPLE, "10", "--rules", reciprocal);

        List<CSVRecord> months = diff(db, "--against", "2026-09", "--format", "csv", "--all");
        assertPartsSumToChange(months);
        assertLinesAreTheRunsFlows(months, nine, ten);
        assertRoundingWithinTwoCentsWhereBothHaveAQuantity(months, nine, ten);
        assertTrue(months.stream().anyMatch(l -> money(l, "received").signum() != 0),
                "what came through other service pools is its own cause");

        RunOutput stepDown = posted(db, SAMPLE, "step-down", "--rules",
                SAMPLE.resolve("rules-step-down.yaml").toString());
        List<CSVRecord> method = diff(db, "--format", "csv", "--all");
        assertPartsSumToChange(method);
        assertLinesAreTheRunsFlows(method, ten, stepDown);
        for (CSVRecord l : method) {
            assertMoney(l.get("pool") + " -> " + l.get("receiver") + ": another method", money(l, "change"),
                    money(l, "rule_or_method").add(money(l, "added_or_removed")));
        }
        assertTrue(method.stream().anyMatch(l -> money(l, "rule_or_method").signum() != 0), "the method moved cost");
    }

    // ------------------------------------------------------------------------------------------------------------

    /** cost x quantity / total, rounded half-up to cents, as the diff's help defines each step. */
    private static BigDecimal share(BigDecimal cost, BigDecimal quantity, BigDecimal total) {
        return cost.multiply(quantity).divide(total, 20, RoundingMode.HALF_EVEN).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(Map<String, BigDecimal> quantities) {
        return quantities.values().stream().reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal ownCost(RunOutput out, String pool) {
        return out.csv("reconciliation.csv").stream().filter(p -> p.get("pool").equals(pool))
                .map(p -> money(p, "own_cost")).findFirst().orElseThrow();
    }

    private static void assertPartsSumToChange(List<CSVRecord> lines) {
        assertFalse(lines.isEmpty(), "diff --all lists every line");
        for (CSVRecord l : lines) {
            BigDecimal parts = CAUSES.stream().map(c -> money(l, c)).reduce(ZERO, BigDecimal::add);
            assertMoney(l.get("pool") + " -> " + l.get("receiver") + " change", money(l, "to").subtract(money(l, "from")),
                    money(l, "change"));
            assertMoney(l.get("pool") + " -> " + l.get("receiver") + " parts", money(l, "change"), parts);
        }
    }

    /** Each line's from and to are the amounts of that pool, receiver and kind in the two runs' allocations.csv. */
    private static void assertLinesAreTheRunsFlows(List<CSVRecord> lines, RunOutput from, RunOutput to) {
        Map<String, BigDecimal> before = flows(from);
        Map<String, BigDecimal> after = flows(to);
        for (CSVRecord l : lines) {
            String key = l.get("pool") + "|" + l.get("receiver") + "|" + l.get("kind");
            assertMoney(key + " from", before.getOrDefault(key, ZERO), money(l, "from"));
            assertMoney(key + " to", after.getOrDefault(key, ZERO), money(l, "to"));
            before.remove(key);
            after.remove(key);
        }
        assertEquals(Map.of(), before, "flows of " + from.runId() + " missing from the diff");
        assertEquals(Map.of(), after, "flows of " + to.runId() + " missing from the diff");
    }

    /** Where a line has a quantity in both runs, the ledger's cents differ from the rounded model by at most one each. */
    private static void assertRoundingWithinTwoCentsWhereBothHaveAQuantity(List<CSVRecord> lines, RunOutput from,
                                                                          RunOutput to) {
        Map<String, String> q1 = quantities(from);
        Map<String, String> q2 = quantities(to);
        for (CSVRecord l : lines) {
            String key = l.get("pool") + "|" + l.get("receiver") + "|" + l.get("kind");
            boolean rateCard = "rate".equals(basis(to, l.get("pool")));
            if (!q1.getOrDefault(key, "").isEmpty() && !q2.getOrDefault(key, "").isEmpty() && !rateCard) {
                assertTrue(money(l, "rounding").abs().compareTo(new BigDecimal("0.02")) <= 0,
                        () -> key + ": rounding " + l.get("rounding"));
            }
        }
    }

    private static String basis(RunOutput out, String pool) {
        return out.csv("allocations.csv").stream().filter(f -> f.get("pool").equals(pool)).map(f -> f.get("basis"))
                .findFirst().orElse("");
    }

    private static Map<String, BigDecimal> flows(RunOutput out) {
        Map<String, BigDecimal> flows = new HashMap<>();
        out.csv("allocations.csv").forEach(f -> flows.merge(f.get("pool") + "|" + f.get("receiver") + "|"
                + f.get("kind"), money(f, "amount"), BigDecimal::add));
        return flows;
    }

    private static Map<String, String> quantities(RunOutput out) {
        Map<String, String> q = new HashMap<>();
        out.csv("allocations.csv").forEach(f -> q.put(f.get("pool") + "|" + f.get("receiver") + "|" + f.get("kind"),
                f.get("quantity")));
        return q;
    }

    /** {@code diff} exits 2 with this message first on standard error (and the way to the help). */
    private static void assertUsageError(TestDatabase db, String message, String... options) {
        List<String> args = new ArrayList<>(List.of("diff", "--period", PERIOD, "--db", db.url()));
        args.addAll(List.of(options));
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r::describe);
        assertEquals(message, r.err().lines().filter(l -> l.startsWith("chargeback:")).findFirst().orElse(""),
                r::describe);
    }

    private List<CSVRecord> diff(TestDatabase db, String... options) {
        List<String> args = new ArrayList<>(List.of("diff", "--period", PERIOD, "--db", db.url()));
        args.addAll(List.of(options));
        Cli.Result r = Cli.execute(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::describe);
        return RunOutput.parse(r.out());
    }

    private TestDatabase fresh() {
        TestDatabase db = databaseKind().create();
        databases.add(db);
        return db;
    }

    /** `run` of 2026-10 (unless the options name another period) into temp/NAME. */
    private Cli.Result run(TestDatabase db, Path data, String name, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "--data", data.toString(), "--out",
                temp.resolve(name).toString(), "--db", db.url(), "--user", "diff"));
        args.addAll(List.of(options));
        if (!args.contains("--period")) {
            args.addAll(List.of("--period", PERIOD));
        }
        return Cli.execute(args.toArray(String[]::new));
    }

    private RunOutput posted(TestDatabase db, Path data, String name, String... options) {
        Cli.Result r = run(db, data, name, options);
        assertEquals(0, r.exit(), r::describe);
        RunOutput out = new RunOutput(temp.resolve(name));
        assertEquals("POSTED", out.manifest().path("status").asString(), r::describe);
        return out;
    }

    private Path copyOfSampleData() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("data"));
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
