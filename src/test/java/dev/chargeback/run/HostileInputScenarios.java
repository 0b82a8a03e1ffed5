package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input the schema or the ledger cannot hold, given to {@code chargeback run} on a copy of the sample data, once
 * per database ({@link H2HostileInputTest}, {@link PostgresHostileInputTest}): every case must end in exit 2 with a
 * reject naming file, line, column, value and what was expected (or, for a sum, an error naming file and line),
 * identically on H2 and PostgreSQL, never in a database error. Each case appends rows to the end of a file, so the
 * expected line is the file's line count before the append plus one.
 */
abstract class HostileInputScenarios {
    static final Path SAMPLE = Path.of("sample-data");
    static final String PERIOD = "2026-10";

    @TempDir
    Path temp;

    private final List<TestDatabase> databases = new ArrayList<>();

    abstract TestDatabase.Kind databaseKind();

    @AfterEach
    void dropDatabases() {
        databases.forEach(TestDatabase::close);
        databases.clear();
    }

    @Test
    void costCenterNameLongerThanTheSchemaHoldsIsRejected() throws IOException {
        String name = "N".repeat(501);
        assertOnlyReject("cost_centers.csv", "NEW-CC," + name + ",OPERATING,", "name", name,
                "longer than 500 characters (it has 501)");
    }

    @Test
    void costCenterIdLongerThanTheSchemaHoldsIsRejected() throws IOException {
        String id = "C".repeat(101);
        assertOnlyReject("cost_centers.csv", id + ",Long id,OPERATING,", "id", id,
                "longer than 100 characters (it has 101)");
    }

    @Test
    void accountLongerThanTheSchemaHoldsIsRejected() throws IOException {
        String account = "6".repeat(101);
        assertOnlyReject("costs.csv", PERIOD + ",IT," + account + ",1.00,EUR,", "account", account,
                "longer than 100 characters (it has 101)");
    }

    @Test
    void serviceUnitLongerThanTheSchemaHoldsIsRejected() throws IOException {
        String unit = "u".repeat(101);
        assertOnlyReject("services.csv", "NEW-SERVICE,IT,New service," + unit + ",,", "unit", unit,
                "longer than 100 characters (it has 101)");
    }

    @Test
    void driverNameLongerThanTheSchemaHoldsIsRejected() throws IOException {
        String driver = "D".repeat(101);
        assertOnlyReject("drivers.csv", PERIOD + ",IT," + driver + ",1", "driver", driver,
                "longer than 100 characters (it has 101)");
    }

    @Test
    void amountWithMoreIntegerDigitsThanTheSchemaHoldsIsRejectedAsBeyondTheLedger() throws IOException {
        String amount = "1".repeat(35) + ".5"; // the schema holds 34 digits, the ledger's limit (10^13) says more
        assertOnlyReject("costs.csv", PERIOD + ",IT,6000," + amount + ",EUR,", "amount", amount,
                "beyond what the ledger holds; an amount must be less than 10,000,000,000,000 (10^13) in magnitude");
    }

    @Test
    void quantityWithMoreIntegerDigitsThanTheSchemaHoldsIsRejected() throws IOException {
        String quantity = "1".repeat(27);
        assertOnlyReject("usage.csv", PERIOD + "-05,IT-CLOUD,DISPATCH," + quantity + ",ref", "quantity", quantity,
                "at most 26 digits before the decimal point");
    }

    @Test
    void nulByteInAStoredCellIsRejected() throws IOException {
        assertOnlyReject("costs.csv", PERIOD + ",IT,60\u000000,1.00,EUR,", "account", "60\\000",
                "contains a NUL byte (U+0000)");
    }

    @Test
    void nulByteInACellThatIsNotStoredIsRejectedToo() throws IOException {
        assertOnlyReject("timesheets.csv", PERIOD + "-05,E-IT-001,IT,SALES,1,,,a\u0000b", "note", "a\\0b",
                "contains a NUL byte (U+0000)");
    }

    @Test
    void periodWithASignedFiveDigitYearIsRejected() throws IOException {
        // rejects.csv neutralises a value a spreadsheet would read as a formula (a leading '+'): SafeText
        assertOnlyReject("costs.csv", "+12026-10,IT,6000,1.00,EUR,", "period", "'+12026-10",
                "expected a period YYYY-MM");
    }

    @Test
    void dateWithASignedFiveDigitYearIsRejected() throws IOException {
        assertOnlyReject("usage.csv", "+12026-10-01,IT-CLOUD,DISPATCH,1,ref", "date", "'+12026-10-01",
                "expected an ISO date YYYY-MM-DD");
    }

    @Test
    void costCenterThatIsItsOwnParentIsRejected() throws IOException {
        assertOnlyReject("cost_centers.csv", "LOOP,Loop,OPERATING,LOOP", "parent", "LOOP",
                "a cost center cannot be its own parent");
    }

    @Test
    void aCostCenterTheRulesNameThatIsItsOwnParentIsRejectedNotBlamedOnTheRules() throws IOException {
        Path data = copyOfSampleData();
        Path centers = data.resolve("cost_centers.csv");
        List<String> lines = Files.readAllLines(centers, StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("SALES,")) {
                at = i;
            }
        }
        assertTrue(at > 0, "cost_centers.csv has SALES");
        String row = lines.get(at);
        lines.set(at, row.substring(0, row.lastIndexOf(',') + 1) + "SALES"); // its parent column: itself
        Files.write(centers, lines, StandardCharsets.UTF_8);

        Cli.Result r = run(data);

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("First: cost_centers.csv line " + (at + 1) + ", column parent 'SALES': a cost"
                + " center cannot be its own parent"), r::describe);
        assertFalse(r.err().contains("is not a cost center"), r::describe);
        CSVRecord first = new RunOutput(temp.resolve("out")).csv("rejects.csv").getFirst();
        assertEquals("cost_centers.csv|" + (at + 1) + "|parent|SALES|a cost center cannot be its own parent",
                describeShort(first));
    }

    @Test
    void parentCycleIsRejectedOnEveryLineOfTheCycle() throws IOException {
        Path data = copyOfSampleData();
        long first = append(data.resolve("cost_centers.csv"), "CYC-A,A,OPERATING,CYC-B", "CYC-B,B,OPERATING,CYC-A");

        List<CSVRecord> rejects = refusedRun(data);

        String cycle = "parent cycle CYC-A -> CYC-B -> CYC-A; the parents must end at a root";
        assertEquals(List.of("cost_centers.csv|" + first + "|parent|CYC-B|" + cycle,
                        "cost_centers.csv|" + (first + 1) + "|parent|CYC-A|" + cycle),
                rejects.stream().map(HostileInputScenarios::describeShort).toList());
    }

    @Test
    void amountBeyondWhatTheLedgerHoldsIsRejected() throws IOException {
        assertOnlyReject("costs.csv", PERIOD + ",IT,6000,-10000000000000,EUR,", "amount", "-10000000000000",
                "beyond what the ledger holds");
    }

    @Test
    void costsAddingUpToMoreThanTheLedgerHoldsStopTheImportNamingTheLine() throws IOException {
        Path data = copyOfSampleData();
        String amount = "9999999999999.99";
        BigDecimal total = periodCostMagnitude(data);
        List<String> rows = new ArrayList<>();
        long passing = -1;
        for (int i = 0; passing < 0; i++) {
            rows.add(PERIOD + ",IT,6000," + amount + ",EUR,");
            total = total.add(new BigDecimal(amount));
            if (total.compareTo(BigDecimal.TEN.pow(15)) >= 0) {
                passing = i;
            }
        }
        long first = append(data.resolve("costs.csv"), rows.toArray(String[]::new));

        Cli.Result r = run(data);

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("costs.csv line " + (first + passing) + ", column amount"), r::describe);
        assertFalse(r.err().contains("Exception"), () -> "no stack trace: " + r.describe());
    }

    @Test
    void quantitiesAddingUpToMoreThanTheSchemaHoldsStopTheImportNamingTheLine() throws IOException {
        Path data = copyOfSampleData();
        String quantity = "6" + "0".repeat(25);
        long first = append(data.resolve("usage.csv"), PERIOD + "-05,IT-CLOUD,DISPATCH," + quantity + ",a",
                PERIOD + "-06,IT-CLOUD,DISPATCH," + quantity + ",b");

        Cli.Result r = run(data);

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("usage.csv line " + (first + 1) + ": the quantities of IT-CLOUD for DISPATCH"),
                r::describe);
    }

    @Test
    void theSampleMonthImportsUnderATurkishLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            Cli.Result r = Cli.execute("run", "--period", PERIOD, "--data", SAMPLE.toString(), "--out",
                    temp.resolve("out").toString(), "--db", database().url(), "--user", "e2e", "--dry-run");
            assertEquals(0, r.exit(), r::describe);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unknownColumnsAndPeriodsSeenAreStoredAsRowsAndListedInTheManifest() throws IOException, SQLException {
        Path data = copyOfSampleData();
        Path drivers = data.resolve("drivers.csv");
        List<String> lines = Files.readAllLines(drivers, StandardCharsets.UTF_8);
        lines.set(0, lines.getFirst() + ",zeta,alpha");
        Files.write(drivers, lines, StandardCharsets.UTF_8);
        TestDatabase db = database();

        Cli.Result r = Cli.execute("run", "--period", PERIOD, "--data", data.toString(), "--out",
                temp.resolve("out").toString(), "--db", db.url(), "--user", "e2e");

        assertEquals(0, r.exit(), r::describe);
        var inputs = new RunOutput(temp.resolve("out")).manifest().path("inputs");
        List<String> unknown = new ArrayList<>();
        inputs.forEach(i -> {
            if (i.path("file").asString().equals("drivers.csv")) {
                i.path("unknown_columns").forEach(c -> unknown.add(c.asString()));
            }
        });
        assertEquals(List.of("zeta", "alpha"), unknown, "manifest unknown_columns of drivers.csv");
        assertEquals(List.of("drivers|1|zeta", "drivers|2|alpha"), EndToEndScenarios.query(db, "SELECT b.file_kind,"
                + " u.seq, u.name FROM import_unknown_column u JOIN import_batch b ON b.batch_id = u.batch_id"
                + " ORDER BY u.seq"));
        assertEquals(List.of("costs|2026-08", "costs|2026-09", "costs|2026-10"), EndToEndScenarios.query(db,
                "SELECT b.file_kind, p.period FROM import_period_seen p JOIN import_batch b ON b.batch_id = p.batch_id"
                        + " WHERE b.file_kind = 'costs' ORDER BY p.period"));
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Appends one row to a copy of the sample data and expects exactly that row rejected, with this reason. */
    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOwnLineEvenDeepInALargeFile() throws IOException {
        Path data = copyOfSampleData();
        Path usage = data.resolve("usage.csv");
        long line = Files.readAllLines(usage, StandardCharsets.UTF_8).size() + 1; // the appended row's line
        byte[] row = (PERIOD + "-05,IT-CLOUD,SALES,1.0,caf").getBytes(StandardCharsets.US_ASCII);
        Files.write(usage, row, StandardOpenOption.APPEND);
        Files.write(usage, new byte[]{(byte) 0xE9, '\n'}, StandardOpenOption.APPEND); // Latin-1 e-acute

        Cli.Result r = run(data);

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains("usage.csv line " + line + ": the file is not valid UTF-8"), r::describe);
    }

    @Test
    void aRulesTypoIsReportedBeforeTheLargeFilesAreRead() throws IOException {
        Path data = copyOfSampleData();
        Path rules = data.resolve("rules.yaml");
        List<String> lines = Files.readAllLines(rules, StandardCharsets.UTF_8);
        int line = lines.indexOf("    service: IT-HELPDESK") + 1; // 1-based: the service line of the pool
        assertTrue(line > 0, "rules.yaml has the IT-HELPDESK pool");
        lines.set(line - 1, "    service: IT-HELPDSK");
        Files.write(rules, lines, StandardCharsets.UTF_8);
        // had the import read timesheets.csv, it would stop on its bytes, which are not UTF-8
        Files.write(data.resolve("timesheets.csv"), new byte[]{'d', 'a', 't', 'e', '\n', (byte) 0xC3, (byte) 0x28},
                StandardOpenOption.APPEND);

        Cli.Result r = run(data);

        assertEquals(2, r.exit(), r::describe);
        assertTrue(r.err().contains(rules + " line " + (line - 1) + " (pool IT/IT-HELPDSK): unknown service "
                + "'IT-HELPDSK'"), r::describe); // the pool's mapping starts on the line before its service
        for (String large : List.of("costs.csv", "timesheets.csv", "usage.csv", "drivers.csv")) {
            assertFalse(r.err().contains(large + " "), () -> large + " was imported before the rules were checked: "
                    + r.describe());
        }
    }

    private void assertOnlyReject(String file, String row, String column, String value, String reason)
            throws IOException {
        Path data = copyOfSampleData();
        long line = append(data.resolve(file), row);

        List<CSVRecord> rejects = refusedRun(data);

        assertEquals(1, rejects.size(), () -> "rejects: " + rejects.stream().map(HostileInputScenarios::describeShort)
                .toList());
        CSVRecord reject = rejects.getFirst();
        assertEquals(file + "|" + line + "|" + column + "|" + value,
                String.join("|", reject.get("file"), reject.get("line"), reject.get("column"), reject.get("value")));
        assertTrue(reject.get("reason").contains(reason), () -> "reason: " + reject.get("reason"));
    }

    private List<CSVRecord> refusedRun(Path data) {
        Cli.Result r = run(data);
        assertEquals(2, r.exit(), r::describe);
        RunOutput out = new RunOutput(temp.resolve("out"));
        assertEquals("REJECTED", out.manifest().path("status").asString(), "manifest status");
        return out.csv("rejects.csv");
    }

    private Cli.Result run(Path data) {
        return Cli.execute("run", "--period", PERIOD, "--data", data.toString(), "--out",
                temp.resolve("out").toString(), "--db", database().url(), "--user", "e2e");
    }

    private TestDatabase database() {
        TestDatabase db = databaseKind().create();
        databases.add(db);
        return db;
    }

    private static String describeShort(CSVRecord r) {
        return String.join("|", r.get("file"), r.get("line"), r.get("column"), r.get("value"), r.get("reason"));
    }

    /** Appends rows; returns the file line of the first (the header is line 1, one record per line). */
    private static long append(Path file, String... rows) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.writeString(file, String.join("\n", rows) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return lines.size() + 1;
    }

    /** The sum of |amount| over the run period's rows of costs.csv, read here independently of the engine. */
    private static BigDecimal periodCostMagnitude(Path data) {
        return RunOutput.parse(RunChecks.read(data.resolve("costs.csv"))).stream()
                .filter(r -> r.get("period").equals(PERIOD)).map(r -> new BigDecimal(r.get("amount")).abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
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
