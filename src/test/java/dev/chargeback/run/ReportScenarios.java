package dev.chargeback.run;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.report.model.RecoveryLine;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.report.model.Statement;
import dev.chargeback.report.model.StatementLine;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.chargeback.run.RunOutput.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports of issue 9 on the sample data, from one ledger holding the runs of 2026-08, 2026-09 and 2026-10
 * (method direct, rules.yaml), posted once for the class: `compare`, `statement` and the report model's recovery.
 * Every expected figure is computed here from the input CSV files or the run's allocations.csv, or by hand with the
 * arithmetic written beside it; per head and per hour are BigDecimal quotients rounded HALF_EVEN to 2 places,
 * per unit to 4 (report.model.Ratios).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportScenarios {
    static final Path SAMPLE = Path.of("sample-data");
    static final List<String> PERIODS = List.of("2026-08", "2026-09", "2026-10");

    private Path temp;
    private TestDatabase db;

    abstract TestDatabase.Kind databaseKind();

    @BeforeAll
    void postTheThreeSamplePeriods() throws IOException {
        temp = Files.createTempDirectory("chargeback-reports");
        db = databaseKind().create();
        for (String period : PERIODS) {
            Cli.Result r = Cli.execute("run", "--period", period, "--data", SAMPLE.toString(), "--out",
                    temp.resolve(period).toString(), "--db", db.url(), "--user", "e2e");
            assertEquals(0, r.exit(), r::describe);
        }
    }

    @AfterAll
    void dropTheLedger() throws IOException {
        if (db != null) {
            db.close();
        }
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void compareItShowsMarketingAndSalesWithTotalsPerHeadAndPerHourFromTheInputs() {
        Path out = temp.resolve("compare");
        Cli.Result r = Cli.execute("compare", "--period", "2026-10", "--supplier", "IT", "--out", out.toString(),
                "--db", db.url());
        assertEquals(0, r.exit(), r::describe);
        RunOutput october = new RunOutput(temp.resolve("2026-10"));
        String runId = october.runId();
        assertTrue(r.out().contains("run " + runId + " (method direct, the run in force)"), r::describe);

        SampleInputs inputs = new SampleInputs(SAMPLE);
        Map<String, BigDecimal> heads = inputs.statistic("2026-10", "HEADCOUNT", "IT");
        Map<String, BigDecimal> hours = inputs.hours("2026-10", "IT");
        List<CSVRecord> rows = new RunOutput(out).csv("compare-2026-10.csv");
        for (String dept : List.of("MARKETING", "SALES")) {
            BigDecimal total = allocated(october, "IT", dept);
            CSVRecord row = supplierRow(rows, dept);
            assertEquals(runId, row.get("run_id"));
            assertEquals(name(dept), row.get("receiver_name"), "names from cost_centers.csv");
            assertEquals(total, money(row, "amount"), dept + " amount = its IT rows of allocations.csv");
            assertEquals(total.divide(heads.get(dept), 2, RoundingMode.HALF_EVEN), new BigDecimal(row.get("per_head")),
                    dept + " per head = amount / HEADCOUNT of drivers.csv");
            assertEquals(total.divide(hours.get(dept), 2, RoundingMode.HALF_EVEN), new BigDecimal(row.get("per_hour")),
                    dept + " per hour = amount / IT hours of timesheets.csv");
            assertTrue(r.out().lines().anyMatch(l -> l.contains(dept) && l.contains(name(dept))
                    && l.contains(total.toPlainString())), dept + " on the terminal, with its name:\n" + r.out());
        }
        // Hand check of the same figures (October, IT): Marketing 19,579.81 + 2,307.30 + 765.00 + 978.15 =
        // 23,630.26 over 18 heads = 1,312.79 (1,312.7922...) and over 196.25 hours = 120.41 (120.4089...);
        // Sales 47,370.20 / 51 = 928.83 (928.8274...), / 410.25 hours = 115.47 (115.4666...).
        assertEquals(new BigDecimal("1312.79"), new BigDecimal(supplierRow(rows, "MARKETING").get("per_head")));
        assertEquals(new BigDecimal("115.47"), new BigDecimal(supplierRow(rows, "SALES").get("per_hour")));

        List<CSVRecord> trend = new RunOutput(out).csv("compare-2026-10-trend.csv");
        for (String period : PERIODS) {
            CSVRecord point = trend.stream().filter(p -> p.get("period").equals(period)
                    && p.get("receiver").equals("MARKETING")).findFirst().orElseThrow();
            assertEquals(allocated(new RunOutput(temp.resolve(period)), "IT", "MARKETING"), money(point, "amount"),
                    "trend from August: Marketing's IT cost in " + period);
        }
    }

    @Test
    void compareRollsUpByTheHierarchyAndRanksByAmount() {
        Path out = temp.resolve("compare-all");
        Cli.Result r = Cli.execute("compare", "--period", "2026-10", "--out", out.toString(), "--db", db.url());
        assertEquals(0, r.exit(), r::describe);
        List<CSVRecord> rows = new RunOutput(out).csv("compare-2026-10.csv");
        RunOutput october = new RunOutput(temp.resolve("2026-10"));
        // COMMERCIAL (cost_centers.csv) = SALES + MARKETING + CUSTOMER-SERVICE
        BigDecimal commercial = Stream.of("SALES", "MARKETING", "CUSTOMER-SERVICE")
                .map(d -> allocated(october, "HR", d)).reduce(BigDecimal.ZERO, BigDecimal::add);
        CSVRecord rollUp = rows.stream().filter(x -> x.get("scope").equals("SUPPLIER") && x.get("supplier")
                .equals("HR") && x.get("receiver").equals("COMMERCIAL")).findFirst().orElseThrow();
        assertEquals("true", rollUp.get("roll_up"));
        assertEquals(commercial, money(rollUp, "amount"));
        assertEquals("", rollUp.get("rank"));
        // HR's first rank is Manufacturing, the most headcount (239 of 561)
        CSVRecord first = rows.stream().filter(x -> x.get("scope").equals("SUPPLIER") && x.get("supplier")
                .equals("HR") && x.get("rank").equals("1")).findFirst().orElseThrow();
        assertEquals("MFG", first.get("receiver"));
    }

    @Test
    void unknownSupplierAndPeriodWithoutRunAreUsageErrors() {
        Cli.Result r = Cli.execute("compare", "--period", "2026-10", "--supplier", "NOPE", "--out",
                temp.resolve("x").toString(), "--db", db.url());
        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("no supplier NOPE in run") && r.err().contains("IT, HR, FACILITIES"), r::describe);
        Cli.Result none = Cli.execute("statement", "--period", "2026-11", "--db", db.url());
        assertEquals(2, none.exit(), none::describe);
        assertTrue(none.err().contains("no run in force for 2026-11"), none::describe);
    }

    @Test
    void statementOfMarketingShowsQuantityRateAmountAndChangeFromSeptember() {
        Path out = temp.resolve("statement");
        Cli.Result r = Cli.execute("statement", "--period", "2026-10", "--receiver", "MARKETING", "--out",
                out.toString(), "--db", db.url());
        assertEquals(0, r.exit(), r::describe);
        List<CSVRecord> lines = new RunOutput(out).csv("statement-2026-10-MARKETING.csv");
        CSVRecord it = line(lines, "IT");
        // IT's general pool, 339,022.80, by the 2,350.50 IT hours of operating departments outside the service
        // desk (timesheets.csv, October); Marketing's 135.75 h: 339,022.80 x 135.75 / 2,350.50 = 19,579.8107
        assertEquals("135.75", it.get("quantity"));
        assertEquals("hours", it.get("unit"));
        assertEquals(new BigDecimal("19579.81"), money(it, "amount"));
        BigDecimal september = allocatedFromPool(new RunOutput(temp.resolve("2026-09")), "IT", "MARKETING");
        assertEquals(september, money(it, "previous_amount"), "September's charge, from its allocations.csv");
        assertEquals(new BigDecimal("19579.81").subtract(september), money(it, "change"));
        // Seats: 18 x 42.50 = 765.00 in both months (usage.csv), so no change
        CSVRecord seats = line(lines, "IT/IT-LAPTOPS");
        assertEquals("18", seats.get("quantity"));
        assertEquals("seats", seats.get("unit"), "the unit of services.csv");
        assertEquals(new BigDecimal("42.5"), new BigDecimal(seats.get("rate")));
        assertEquals(new BigDecimal("765.00"), money(seats, "amount"));
        assertEquals(new BigDecimal("0.00"), money(seats, "change"));
        // HR by headcount: 155,086.05 x 18 / 561 operating heads = 4,976.0230
        assertEquals(new BigDecimal("4976.02"), money(line(lines, "HR"), "amount"));
        assertEquals(new BigDecimal("0.00"), money(it, "via_service_departments"), "direct: nothing comes via others");
        assertTrue(r.out().contains("MARKETING (Marketing)"), r::describe);
    }

    @Test
    void recoverySplitsLaptopUnderRecoveryAndHelpdeskUnusedCapacity() {
        try (ConfigurableApplicationContext context = start()) {
            ReportModel model = context.getBean(ReportModels.class).forPeriod(java.time.YearMonth.of(2026, 10))
                    .orElseThrow();
            RecoveryLine laptops = recovery(model, "IT/IT-LAPTOPS");
            // Seats in October (usage.csv): 601 in all, 541 operating, IT 35, HR 11, FACILITIES 14; rate 42.50.
            // Under-recovery 29,022.75 - 541 x 42.50 (22,992.50) = 6,030.25, of which IT's own seats
            // 35 x 42.50 = 1,487.50, HR's and Facilities' (11 + 14) x 42.50 = 1,062.50, and the rate variance
            // 6,030.25 - 1,487.50 - 1,062.50 = 3,480.25 = 29,022.75 - 601 x 42.50 (25,542.50).
            assertEquals(new BigDecimal("29022.75"), laptops.costIn());
            assertEquals(new BigDecimal("22992.50"), laptops.recovered());
            assertEquals(new BigDecimal("6030.25"), laptops.underRecovery());
            assertEquals(new BigDecimal("1487.50"), laptops.supplierOwnUse());
            assertEquals(new BigDecimal("1062.50"), laptops.serviceDepartmentsUse());
            assertEquals(new BigDecimal("3480.25"), laptops.rateVariance());
            RecoveryLine desk = recovery(model, "IT/IT-HELPDESK");
            // Capacity 1,300 h at 49,578.29 / 1,300 = 38.1371461538... per hour; service-desk hours in October
            // (timesheets.csv): 906 operating, HR 26 and FACILITIES 20.75, IT none. Unused 394 h posted as
            // 15,026.03; HR and Facilities' 46.75 h x rate = 1,782.9116 -> 1,782.91; idle
            // 15,026.03 - 1,782.91 = 13,243.12 (= 347.25 h x rate = 13,243.1240).
            assertEquals(new BigDecimal("15026.03"), desk.unusedCapacity());
            assertEquals(new BigDecimal("0.00"), desk.supplierOwnUse());
            assertEquals(new BigDecimal("1782.91"), desk.serviceDepartmentsUse());
            assertEquals(new BigDecimal("13243.12"), desk.idleCapacity());
            assertEquals(new BigDecimal("0.00"), recovery(model, "IT").toServiceDepartments(), "direct");
        }
    }

    @Test
    void stepDownStatementShowsWhatReachedMarketingThroughOtherServiceDepartments() {
        try (ConfigurableApplicationContext context = start()) {
            ReportModels models = context.getBean(ReportModels.class);
            var request = new RunRequest(java.time.YearMonth.of(2026, 10), SAMPLE,
                    SAMPLE.resolve("rules-step-down.yaml"), temp.resolve("step-down"), false, null, "e2e", true);
            ReportModel model = context.getBean(MonthlyRun.class).dryRun(request, System.err, false,
                    id -> models.forRun(id, null));
            Statement marketing = model.statements().stream().filter(s -> s.receiver().equals("MARKETING"))
                    .findFirst().orElseThrow();
            // Step order HR, FACILITIES, IT. IT's general pool: own 339,022.80 + received 13,622.03 (HR 6,955.69,
            // Facilities 6,666.34) = 352,644.83; Marketing's 20,366.53 x 13,622.03 / 352,644.83 = 786.7221 -> 786.72.
            StatementLine it = statementLine(marketing, "IT");
            assertEquals(new BigDecimal("20366.53"), it.amount());
            assertEquals(new BigDecimal("786.72"), it.viaServiceDepartments());
            assertEquals(List.of("FACILITIES", "HR"), it.viaFrom());
            // Facilities' general pool: own 299,363.15 + received 3,606.65 (from HR) = 302,969.80; Marketing's
            // 3,565.72 x 3,606.65 / 302,969.80 = 42.4475 -> 42.45. HR's pools received nothing.
            assertEquals(new BigDecimal("42.45"), statementLine(marketing, "FACILITIES").viaServiceDepartments());
            assertEquals(new BigDecimal("0.00"), statementLine(marketing, "HR").viaServiceDepartments());
            assertEquals(new BigDecimal("829.17"), marketing.viaServiceDepartments(), "786.72 + 42.45");
            // What went to other service departments: HR to Facilities 3,606.65 and to IT 6,955.69 = 10,562.34;
            // Facilities to IT 6,666.34 (allocations of the step-down run, rules-step-down.yaml)
            assertEquals(new BigDecimal("10562.34"), recovery(model, "HR").toServiceDepartments());
            assertEquals(new BigDecimal("6666.34"), recovery(model, "FACILITIES").toServiceDepartments());
            assertEquals(new BigDecimal("13622.03"), recovery(model, "IT").received());
        }
    }

    private ConfigurableApplicationContext start() {
        return ChargebackApplication.start(DatabaseTarget.resolve(db.url(), null));
    }

    private static RecoveryLine recovery(ReportModel model, String pool) {
        return model.recovery().stream().filter(l -> l.pool().equals(pool)).findFirst().orElseThrow();
    }

    private static StatementLine statementLine(Statement s, String pool) {
        return s.lines().stream().filter(l -> l.pool().equals(pool)).findFirst().orElseThrow();
    }

    private static CSVRecord line(List<CSVRecord> lines, String pool) {
        return lines.stream().filter(l -> l.get("pool").equals(pool)).findFirst().orElseThrow();
    }

    private static CSVRecord supplierRow(List<CSVRecord> rows, String receiver) {
        return rows.stream().filter(x -> x.get("scope").equals("SUPPLIER") && x.get("receiver").equals(receiver))
                .findFirst().orElseThrow(() -> new AssertionError("no SUPPLIER row for " + receiver));
    }

    /** Sum of the ALLOCATION rows of allocations.csv from a sender to a receiver. */
    private static BigDecimal allocated(RunOutput run, String sender, String receiver) {
        return run.csv("allocations.csv").stream().filter(a -> a.get("kind").equals("ALLOCATION")
                && a.get("sender").equals(sender) && a.get("receiver").equals(receiver))
                .map(a -> money(a, "amount")).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** The ALLOCATION row of one pool to a receiver. */
    private static BigDecimal allocatedFromPool(RunOutput run, String pool, String receiver) {
        return run.csv("allocations.csv").stream().filter(a -> a.get("kind").equals("ALLOCATION")
                && a.get("pool").equals(pool) && a.get("receiver").equals(receiver))
                .map(a -> money(a, "amount")).findFirst().orElseThrow();
    }

    private static String name(String costCenter) {
        return RunOutput.parse(RunChecks.read(SAMPLE.resolve("cost_centers.csv"))).stream()
                .filter(c -> c.get("id").equals(costCenter)).map(c -> c.get("name")).findFirst().orElseThrow();
    }
}
