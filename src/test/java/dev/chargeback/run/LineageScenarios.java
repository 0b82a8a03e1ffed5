package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lineage ({@code explain}, {@code audit-pack}, {@code verify --pack}) on the sample data, once per database: one
 * reciprocal run of 2026-10 and one step-down run of 2026-09 are posted from a copy of sample-data, the copy is
 * deleted, and every assertion is then made against figures a test computes from the original CSV files and the
 * runs' own output files, never against the engine's lineage code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LineageScenarios {
    private static final Path SAMPLE = Path.of("sample-data");
    /** Pools with a service of their own in the sample rules: their GL lines and (hours-driven) timesheet rows. */
    private static final Set<String> SERVICE_POOLS = Set.of("IT-HELPDESK", "IT-LAPTOPS", "IT-CLOUD", "HR-RECRUITING",
            "FAC-RECEPTION");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private TestDatabase db;
    private Path temp;
    private Path reciprocalOut;
    private Path stepDownOut;

    abstract TestDatabase.Kind databaseKind();

    @BeforeAll
    void postTwoRunsAndDeleteTheData() throws IOException {
        db = databaseKind().create();
        temp = Files.createTempDirectory("lineage-");
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        reciprocalOut = temp.resolve("out-reciprocal");
        stepDownOut = temp.resolve("out-step-down");
        ok("run", "--period", "2026-10", "--data", data.toString(), "--rules",
                data.resolve("rules-reciprocal.yaml").toString(), "--out", reciprocalOut.toString());
        ok("run", "--period", "2026-09", "--data", data.toString(), "--rules",
                data.resolve("rules-step-down.yaml").toString(), "--out", stepDownOut.toString());
        delete(data);
    }

    @AfterAll
    void dropTheDatabase() throws IOException {
        if (db != null) {
            db.close();
        }
        delete(temp);
    }

    @Test
    @Order(1)
    void explainRowsOfAReciprocalRunAreExactlyTheRowsAScriptFindsInTheInputsAfterTheDataIsDeleted() {
        List<CSVRecord> csv = csv(ok("explain", "--period", "2026-10", "--receiver", "MARKETING", "--rows",
                "--format", "csv"));
        Map<String, CSVRecord> flows = byFlowNo(csv(read(reciprocalOut.resolve("allocations.csv"))));
        Map<String, CSVRecord> pools = byPool(csv(read(reciprocalOut.resolve("reconciliation.csv"))));
        List<String> explained = csv.stream().filter(r -> r.get("item").equals("flow")).map(r -> r.get("flow"))
                .distinct().toList();
        assertEquals(7, explained.size(), "MARKETING receives from every pool but recruiting: " + explained);
        for (String flowNo : explained) {
            CSVRecord flow = flows.get(flowNo);
            String driver = flow.get("driver");
            if (!driver.isEmpty()) {
                List<Line> expected = driverRows("2026-10", "MARKETING", flow.get("sender"), flow.get("service"),
                        driver);
                List<Line> listed = listed(csv, flowNo, "driver_row", "quantity");
                assertEquals(expected, listed, "driver rows of flow " + flowNo + " (" + flow.get("pool") + ")");
                assertEquals(0, sum(listed).compareTo(new BigDecimal(flow.get("quantity"))),
                        "the rows add up to the flow's quantity, flow " + flowNo);
            }
            List<Line> gl = glLines("2026-10", flow.get("sender"), flow.get("service"));
            assertEquals(gl, listed(csv, flowNo, "gl_line", "amount"), "GL lines of pool " + flow.get("pool"));
            assertEquals(new BigDecimal(pools.get(flow.get("pool")).get("own_cost")), sum(gl).setScale(2,
                    RoundingMode.HALF_UP), "GL lines add up to the pool's own cost, " + flow.get("pool"));
        }
        assertEquals(64, listed(csv, "9", "driver_row", "quantity").size(),
                "MARKETING's 135.75 IT hours of October are 64 timesheet rows");
    }

    /**
     * Every receiver of the reciprocal run (services too; their explanations as the audit pack holds them) and
     * MARKETING under step-down: the figures recompute the journal's amounts.
     */
    @Test
    @Order(2)
    void explainedFiguresMultiplyBackToEveryJournalAmountToTheCent() throws IOException {
        List<CSVRecord> journal = csv(read(reciprocalOut.resolve("journal.csv")));
        Set<String> receivers = new java.util.TreeSet<>();
        journal.stream().filter(r -> !r.get("flow").isEmpty()).forEach(r -> receivers.add(r.get("cost_center")));
        assertTrue(receivers.containsAll(Set.of("HR", "IT", "FACILITIES", "MARKETING")), receivers.toString());
        try (var zip = new java.util.zip.ZipFile(pack().toFile())) {
            for (String receiver : receivers) {
                recomputes(JSON.readTree(zip.getInputStream(zip.getEntry("explain/" + receiver + ".json"))),
                        journal, receiver);
            }
        }
        recomputes(JSON.readTree(ok("explain", "--period", "2026-09", "--receiver", "MARKETING", "--format",
                "json")), csv(read(stepDownOut.resolve("journal.csv"))), "MARKETING");
    }

    private static void recomputes(JsonNode e, List<CSVRecord> journal, String receiver) {
        BigDecimal debits = journal.stream().filter(r -> r.get("cost_center").equals(receiver)
                && !r.get("flow").isEmpty()).map(r -> new BigDecimal(r.get("debit"))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal posted = BigDecimal.ZERO;
        for (JsonNode c : e.get("charges")) {
            JsonNode a = c.get("arithmetic");
            BigDecimal exact = dec(a, "base").multiply(dec(a, "quantity")).divide(dec(a, "divisor"),
                    MathContext.DECIMAL128);
            BigDecimal rounded = switch (a.get("rounding").asString()) {
                case "half-up" -> exact.setScale(2, RoundingMode.HALF_UP);
                case "half-even" -> exact.setScale(2, RoundingMode.HALF_EVEN);
                case "largest-remainder-down" -> exact.setScale(2, RoundingMode.FLOOR);
                case "largest-remainder-up" -> exact.setScale(2, RoundingMode.FLOOR).add(new BigDecimal("0.01"));
                default -> throw new AssertionError(a.get("rounding").asString());
            };
            assertEquals(dec(a, "posted"), rounded, receiver + " flow " + c.get("flow").get("flowNo") + ": " + a);
            assertEquals(dec(c.get("flow"), "amount"), dec(a, "posted"));
            JsonNode j = c.get("journal");
            CSVRecord line = journal.stream().filter(r -> r.get("entry_id").equals(j.get("entry").asString())
                    && r.get("line").equals(j.get("line").asString())).findFirst().orElseThrow();
            assertEquals(receiver, line.get("cost_center"));
            assertEquals(new BigDecimal(line.get("debit")), dec(a, "posted"));
            posted = posted.add(dec(a, "posted"));
        }
        assertEquals(debits, posted, receiver + ": the explained amounts are what the journal debits");
        assertEquals(debits, dec(e, "charged"));
    }

    @Test
    @Order(3)
    void ruleLinesAreTheLinesOfTheirPoolsInTheArchivedRulesFile() throws IOException {
        List<String> rules = Files.readAllLines(SAMPLE.resolve("rules-reciprocal.yaml"));
        List<Integer> poolLines = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).startsWith("  - cost_center:")) {
                poolLines.add(i + 1);
            }
        }
        JsonNode e = JSON.readTree(ok("explain", "--period", "2026-10", "--receiver", "SALES", "--format", "json"));
        assertEquals(8, e.get("charges").size());
        for (JsonNode c : e.get("charges")) {
            int ruleNo = c.get("rule").get("ruleNo").asInt();
            assertEquals(poolLines.get(ruleNo - 1), c.get("rule").get("line").asInt(), "rule " + ruleNo);
        }
    }

    @Test
    @Order(4)
    void aJournalLineIsExplainedByItsOwnFlow() {
        CSVRecord line = csv(read(reciprocalOut.resolve("journal.csv"))).stream()
                .filter(r -> r.get("cost_center").equals("PACKING") && r.get("pool").equals("HR")).findFirst()
                .orElseThrow();
        String runId = line.get("run_id");
        List<CSVRecord> csv = csv(ok("explain", "--run", runId, "--entry", line.get("entry_id"), "--line",
                line.get("line"), "--format", "csv"));
        assertEquals(Set.of(line.get("flow")), Set.copyOf(csv.stream().map(r -> r.get("flow")).toList()));
        assertTrue(csv.stream().allMatch(r -> r.get("receiver").equals("PACKING")));
        assertEquals(line.get("debit"), csv.stream().filter(r -> r.get("item").equals("journal")
                && r.get("name").equals("debit")).findFirst().orElseThrow().get("value"));
        Cli.Result nobody = Cli.execute("explain", "--run", runId, "--receiver", "NOBODY", "--db", db.url());
        assertEquals(2, nobody.exit(), nobody.describe());
        assertTrue(nobody.err().contains("run " + runId + " charged NOBODY nothing"), nobody.describe());
    }

    @Test
    @Order(5)
    void theAuditPackHoldsTheArchivedInputsAndVerifyPackNamesAnAlteredEntry() throws IOException {
        Path pack = pack();
        Cli.Result intact = Cli.execute("verify", "--pack", pack.toString());
        assertEquals(0, intact.exit(), intact.describe());
        assertTrue(intact.out().contains("Pack intact"), intact.describe());
        try (var zip = new java.util.zip.ZipFile(pack.toFile())) {
            for (String input : List.of("timesheets.csv", "costs.csv", "usage.csv", "drivers.csv")) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(SAMPLE.resolve(input)),
                        zip.getInputStream(zip.getEntry("inputs/" + input)).readAllBytes()), input);
            }
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(SAMPLE.resolve("rules-reciprocal.yaml")),
                    zip.getInputStream(zip.getEntry("rules/rules-reciprocal.yaml")).readAllBytes()));
            String explained = new String(zip.getInputStream(zip.getEntry("explain/MARKETING.txt")).readAllBytes());
            assertTrue(explained.contains("MARKETING was charged 33734.56 EUR"), explained);
            assertTrue(new String(zip.getInputStream(zip.getEntry("verify.txt")).readAllBytes())
                    .startsWith("Ledger intact"));
            for (String entry : List.of("run/manifest.json", "run/journal.csv", "run/allocations.csv",
                    "run/reconciliation.csv", "run/rejects.csv", "run/method-detail.json")) {
                assertTrue(zip.getEntry(entry) != null, entry);
            }
        }
        Path altered = temp.resolve("altered.zip");
        rewrite(pack, altered, "run/journal.csv");
        Cli.Result broken = Cli.execute("verify", "--pack", altered.toString());
        assertEquals(1, broken.exit(), broken.describe());
        assertTrue(broken.err().contains("entry run/journal.csv: SHA-256"), broken.describe());
        assertTrue(broken.err().contains("(1 problems)"), broken.describe());
    }

    /**
     * Files archived before the archive wrote Zstandard are Deflate-compressed, their rows saying so: every file of
     * this ledger is rewritten into that form (decompressed by the Zstandard library, deflated by the JDK, here),
     * and `explain --rows`, which reads the archived files, prints exactly what it printed before.
     */
    @Test
    @Order(6)
    void filesArchivedWithDeflateBeforeZstandardAreReadTheSame() throws Exception {
        String before = ok("explain", "--period", "2026-10", "--receiver", "MARKETING", "--rows", "--format", "csv");
        assertTrue(before.lines().count() > 20, before);
        assertEquals(List.of("zstd"), query("SELECT DISTINCT compression FROM input_archive"));
        Tampering.disableTriggers(db, "input_archive", "input_archive_chunk");
        try (Connection c = db.connect()) {
            for (String sha : query("SELECT file_sha256 FROM input_archive")) {
                var stored = new java.io.ByteArrayOutputStream();
                try (PreparedStatement s = c.prepareStatement("SELECT data FROM input_archive_chunk"
                        + " WHERE file_sha256 = ? ORDER BY chunk_no")) {
                    s.setString(1, sha);
                    try (var rows = s.executeQuery()) {
                        while (rows.next()) {
                            stored.write(rows.getBytes(1));
                        }
                    }
                }
                byte[] file;
                try (var in = new com.github.luben.zstd.ZstdInputStream(
                        new java.io.ByteArrayInputStream(stored.toByteArray()))) {
                    file = in.readAllBytes();
                }
                assertEquals(sha, dev.chargeback.fingerprint.Sha256.of(file));
                byte[] deflated = deflated(file);
                update(c, "DELETE FROM input_archive_chunk WHERE file_sha256 = ?", sha);
                update(c, "INSERT INTO input_archive_chunk (file_sha256, chunk_no, data) VALUES (?, 1, ?)", sha,
                        deflated);
                update(c, "UPDATE input_archive SET compression = 'deflate', first_chunk_no = 1, chunk_count = 1,"
                        + " stored_bytes = ? WHERE file_sha256 = ?", (long) deflated.length, sha);
            }
        }
        assertEquals(List.of("deflate"), query("SELECT DISTINCT compression FROM input_archive"));
        assertEquals(before, ok("explain", "--period", "2026-10", "--receiver", "MARKETING", "--rows", "--format",
                "csv"));
    }

    private static void update(Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private List<String> query(String sql) throws java.sql.SQLException {
        return EndToEndScenarios.query(db, sql);
    }

    /** Last: alters the archive in the database (as a superuser who disables its trigger could). */
    @Test
    @Order(9)
    void anArchivedFileThatNoLongerMatchesItsHashIsRefused() throws Exception {
        String sha = dev.chargeback.fingerprint.Sha256.ofFile(SAMPLE.resolve("drivers.csv"));
        Tampering.disableTriggers(db, "input_archive_chunk");
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE input_archive_chunk SET data = ? WHERE file_sha256 = ? AND chunk_no = (SELECT first_chunk_no"
                        + " FROM input_archive WHERE file_sha256 = ?)")) {
            s.setBytes(1, deflated("period,cost_center,driver,value\n2026-10,MARKETING,HEADCOUNT,99\n"));
            s.setString(2, sha);
            s.setString(3, sha);
            assertEquals(1, s.executeUpdate());
        }
        Cli.Result r = Cli.execute("explain", "--period", "2026-10", "--receiver", "MARKETING", "--rows", "--db",
                db.url());
        assertEquals(1, r.exit(), r.describe());
        assertTrue(r.err().contains("the archived file " + sha + " does not match its hash"), r.describe());
    }

    /** The audit pack of 2026-10, written once for the tests that read it. */
    private Path pack() {
        Path pack = temp.resolve("pack.zip");
        if (!Files.exists(pack)) {
            ok("audit-pack", "--period", "2026-10", "--out", pack.toString());
        }
        return pack;
    }

    // ---- independent filters over the original CSV files ----

    /** One source row: its physical line and the value it adds. */
    record Line(long line, BigDecimal value) {
    }

    private static List<Line> driverRows(String period, String receiver, String sender, String service,
                                         String driver) {
        if (driver.equals("hours")) {
            Predicate<CSVRecord> pool = service.isEmpty() ? r -> !r.get("service").equals("IT-HELPDESK")
                    : r -> r.get("service").equals(service);
            return lines("timesheets.csv", "hours", r -> r.get("date").startsWith(period + "-")
                    && r.get("cost_center").equals(sender) && r.get("customer").equals(receiver) && pool.test(r));
        }
        String name = driver.substring(driver.indexOf(':') + 1);
        if (driver.startsWith("usage:")) {
            return lines("usage.csv", "quantity", r -> r.get("date").startsWith(period + "-")
                    && r.get("service").equals(name) && r.get("customer").equals(receiver));
        }
        return lines("drivers.csv", "value", r -> r.get("period").equals(period) && r.get("driver").equals(name)
                && r.get("cost_center").equals(receiver));
    }

    private static List<Line> glLines(String period, String costCenter, String service) {
        return lines("costs.csv", "amount", r -> r.get("period").equals(period)
                && r.get("cost_center").equals(costCenter) && (service.isEmpty()
                ? !SERVICE_POOLS.contains(r.get("service")) : r.get("service").equals(service)));
    }

    /** The rows of a sample file that match, with their line numbers (each line one record, header line 1). */
    private static List<Line> lines(String file, String column, Predicate<CSVRecord> matches) {
        List<String> text = readLines(SAMPLE.resolve(file));
        List<String> header = List.of(text.getFirst().split(","));
        List<Line> found = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            CSVRecord r = RunOutput.parse(String.join(",", header) + "\n" + text.get(i)).getFirst();
            if (matches.test(r)) {
                found.add(new Line(i + 1, new BigDecimal(r.get(column))));
            }
        }
        return found;
    }

    private static List<Line> listed(List<CSVRecord> csv, String flowNo, String item, String name) {
        return csv.stream().filter(r -> r.get("flow").equals(flowNo) && r.get("item").equals(item)
                && r.get("name").equals(name)).map(r -> new Line(Long.parseLong(r.get("line")),
                new BigDecimal(r.get("value")))).toList();
    }

    private static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal dec(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    private static Map<String, CSVRecord> byFlowNo(List<CSVRecord> rows) {
        Map<String, CSVRecord> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.get("flow"), r));
        return m;
    }

    private static Map<String, CSVRecord> byPool(List<CSVRecord> rows) {
        Map<String, CSVRecord> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.get("pool"), r));
        return m;
    }

    private String ok(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db.url()));
        Cli.Result r = Cli.execute(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.describe());
        return r.out();
    }

    private static List<CSVRecord> csv(String text) {
        return RunOutput.parse(text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflated(String text) throws IOException {
        return deflated(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] deflated(byte[] file) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(bytes)) {
            out.write(file);
        }
        return bytes.toByteArray();
    }

    /** A copy of a zip with one entry's content changed (a byte appended). */
    private static void rewrite(Path from, Path to, String entry) throws IOException {
        try (var in = new java.util.zip.ZipFile(from.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                if (e.getName().equals(entry)) {
                    out.write('\n');
                }
                out.closeEntry();
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
