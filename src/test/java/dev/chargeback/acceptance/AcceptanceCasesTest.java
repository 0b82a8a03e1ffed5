package dev.chargeback.acceptance;

import static java.math.BigDecimal.ZERO;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import dev.chargeback.acceptance.AcceptanceCase.Department;
import dev.chargeback.cli.ChargebackCli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every published worked example (../shared/acceptance/*.json and the copies in src/test/resources/acceptance)
 * through the engine and asserts its {@code expected} figures, with the README's rule: a figure whose exact value is
 * whole cents must match exactly; any other line may differ by 0.01, a total by 0.01 per such line. Which figures are
 * whole cents is decided by {@link ReferenceSolver}, which must itself reproduce every expected figure: a case it
 * cannot solve, or a figure it does not reproduce, fails the case (it never loosens the tolerance). Each case prints
 * one line with the tolerance given to each figure; every failure message names its tolerance.
 */
class AcceptanceCasesTest {

    /** Searched in this order; a case id found twice is taken from the first (the shared copy). */
    private static final List<Path> CASE_DIRECTORIES =
            List.of(Path.of("..", "shared", "acceptance"), Path.of("src", "test", "resources", "acceptance"));
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> publishedExamples() throws IOException {
        Collection<AcceptanceCase> cases = cases();
        assertFalse(cases.isEmpty(), "no acceptance case in " + CASE_DIRECTORIES);
        return cases.stream().map(c -> dynamicTest(c.id(), () -> run(c, temp.resolve(c.id()))));
    }

    static Collection<AcceptanceCase> cases() throws IOException {
        Map<String, AcceptanceCase> byId = new TreeMap<>();
        for (Path dir : CASE_DIRECTORIES) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .map(AcceptanceCase::load)
                        .forEach(c -> byId.putIfAbsent(c.id(), c));
            }
        }
        return byId.values();
    }

    private static void run(AcceptanceCase c, Path work) throws IOException {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        AcceptanceDataDirectory.write(c, data);
        int exit = ChargebackCli.execute("run", "--period", AcceptanceDataDirectory.PERIOD,
                "--data", data.toString(), "--out", out.toString(),
                "--db", "jdbc:h2:mem:acc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertEquals(0, exit, () -> c.id() + ": chargeback run exited with " + exit + rejects(out));
        ReferenceSolver reference = ReferenceSolver.solve(c); // a case the reference cannot solve fails here
        Checks checks = new Checks(c, reference, Outputs.read(c, out));
        List<Figure> figures = checks.figures();
        assertFalse(figures.isEmpty(), () -> c.id() + ": the case has no expected figure");
        System.out.println(checks.summary(figures));
        assertAll(c.id(), checks.all(figures));
    }

    private static String rejects(Path out) {
        Path file = out.resolve("rejects.csv");
        try {
            return Files.isRegularFile(file) ? "; rejects.csv:\n" + Files.readString(file) : "";
        } catch (IOException e) {
            return "; rejects.csv unreadable: " + e.getMessage();
        }
    }

    /** One allocations.csv row (line = line number in the file, header = 1). */
    record Row(long line, String kind, String sender, String receiver, BigDecimal amount) {
        boolean isAllocation() {
            return "ALLOCATION".equalsIgnoreCase(kind);
        }
    }

    record Outputs(List<Row> allocations, JsonNode detail, List<CSVRecord> reconciliation) {
        static Outputs read(AcceptanceCase c, Path out) throws IOException {
            List<Row> rows = csv(c, out.resolve("allocations.csv")).stream()
                    .map(r -> new Row(r.getRecordNumber() + 1, r.get("kind"), r.get("sender"), r.get("receiver"),
                            new BigDecimal(r.get("amount"))))
                    .toList();
            Path detail = out.resolve("method-detail.json");
            return new Outputs(rows,
                    Files.isRegularFile(detail) ? JsonMapper.shared().readTree(detail) : JsonMapper.shared().missingNode(),
                    csv(c, out.resolve("reconciliation.csv")));
        }

        private static List<CSVRecord> csv(AcceptanceCase c, Path file) throws IOException {
            assertTrue(Files.isRegularFile(file), () -> c.id() + ": the run wrote no " + file.getFileName());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).get();
            try (CSVParser parser = format.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
                return parser.getRecords();
            }
        }
    }

    /**
     * One figure of {@code expected}, checked twice: the reference arithmetic must give it (rounded half-up at the
     * figure's scale), and the engine's value must be within {@code tolerance} of it. {@code roundActual}: the engine's
     * value is rounded half-up to the figure's scale first (a TDABC rate, shown to 6 decimals).
     */
    record Figure(String what, BigDecimal expected, BigDecimal exact, BigDecimal tolerance, String why,
                  boolean roundActual, Supplier<BigDecimal> actual) {

        Executable referenceCheck(String caseId) {
            return () -> {
                assertNotNull(exact, () -> caseId + ": " + what + ": the reference solver has no value for it");
                BigDecimal rounded = exact.setScale(expected.scale(), RoundingMode.HALF_UP);
                assertEquals(0, rounded.compareTo(expected), () -> caseId + ": " + what + ": expected says " + expected
                        + " but the reference arithmetic gives " + exact.round(ReferenceSolver.MC).toPlainString()
                        + " (" + rounded + " at the figure's scale): the case or the reference solver is wrong");
            };
        }

        Executable engineCheck(String caseId) {
            return () -> {
                BigDecimal value = actual.get();
                assertNotNull(value, () -> caseId + ": " + what + ": missing, expected " + expected);
                BigDecimal got = roundActual ? value.setScale(expected.scale(), RoundingMode.HALF_UP) : value;
                assertTrue(got.subtract(expected).abs().compareTo(tolerance) <= 0, () -> caseId + ": " + what
                        + ": expected " + expected + ", got " + value + " (tolerance " + describeTolerance() + ", " + why + ")");
            };
        }

        String describeTolerance() {
            return tolerance.signum() == 0 ? "0, exact" + (roundActual ? " at " + expected.scale() + " decimals" : "")
                    : "\u00b1" + tolerance.toPlainString();
        }
    }

    /** The assertions of one case, collected so that a failure report lists every wrong figure. */
    record Checks(AcceptanceCase c, ReferenceSolver ref, Outputs out) {

        List<Figure> figures() {
            return Stream.of(allocations(), operatingTotals(), serviceTotals(), tdabc()).flatMap(s -> s).toList();
        }

        Stream<Executable> all(List<Figure> figures) {
            return Stream.of(figures.stream().map(f -> f.referenceCheck(c.id())),
                    figures.stream().map(f -> f.engineCheck(c.id())), unexpectedFlows(), reconciliation(),
                    Stream.of(conservation())).flatMap(s -> s);
        }

        /** One line per case: which tolerance each figure was given, so a reader sees how strict the case was. */
        String summary(List<Figure> figures) {
            Map<String, List<String>> byTolerance = new TreeMap<>();
            figures.forEach(f -> byTolerance.computeIfAbsent(f.describeTolerance(), k -> new ArrayList<>()).add(f.what()));
            String tolerances = byTolerance.entrySet().stream()
                    .map(e -> "tolerance " + e.getKey() + ": " + e.getValue().size()
                            + (e.getKey().startsWith("0") ? "" : " " + e.getValue()))
                    .collect(Collectors.joining("; "));
            String order = ref.stepOrder().isEmpty() ? "" : ", step order " + String.join(", ", ref.stepOrder());
            return "acceptance " + c.id() + " (" + c.method() + order + "): " + figures.size() + " expected figures, "
                    + "each checked against the reference solver first; " + tolerances + "; reconciliation and conservation "
                    + "exact";
        }

        private Stream<Figure> allocations() {
            return c.expected().allocations().stream().map(f -> {
                BigDecimal exact = ref.flow(f.sender(), f.receiver());
                return money("allocation " + f.sender() + " -> " + f.receiver() + " (allocations.csv lines "
                        + lines(f.sender(), f.receiver()) + ")", f.amount(), exact, Arrays.asList(exact),
                        () -> allocated(f.sender(), f.receiver()));
            });
        }

        private Stream<Figure> operatingTotals() {
            return c.expected().operatingTotals().entrySet().stream().flatMap(e -> {
                String o = e.getKey();
                BigDecimal own = cost(c.operatingDepartments(), o);
                List<BigDecimal> parts = ref.flowsTo(o);
                BigDecimal exact = parts.stream().reduce(ZERO, BigDecimal::add);
                List<Figure> figures = new ArrayList<>();
                if (e.getValue().allocated() != null) {
                    figures.add(money("operating " + o + " allocated", e.getValue().allocated(), exact, parts,
                            () -> allocated(null, o)));
                }
                if (e.getValue().total() != null) {
                    figures.add(money("operating " + o + " total (allocated + own cost " + own + ")",
                            e.getValue().total(), exact.add(own), parts, () -> allocated(null, o).add(own)));
                }
                return figures.stream();
            });
        }

        /** method-detail.json pools[].total by cost center: the closed pool (step-down) or solved full cost (reciprocal). */
        private Stream<Figure> serviceTotals() {
            Map<String, BigDecimal> totals = new HashMap<>();
            out.detail().path("pools").values().forEach(p ->
                    totals.merge(p.path("cost_center").asString(), AcceptanceCase.decimal(p.path("total")), BigDecimal::add));
            return c.expected().serviceTotals().entrySet().stream().map(e -> money(
                    "service total " + e.getKey() + " (method-detail.json pools[].total)", e.getValue(),
                    ref.serviceTotals().get(e.getKey()), ref.flowsTo(e.getKey()), () -> totals.get(e.getKey())));
        }

        /** method-detail.json tdabc[]: rate rounded half-up to the expected scale, unused time exact, unused amount a line. */
        private Stream<Figure> tdabc() {
            Map<String, JsonNode> pools = new HashMap<>();
            out.detail().path("tdabc").values().forEach(p -> pools.put(p.path("cost_center").asString(), p));
            Stream<Figure> rates = c.expected().rates().entrySet().stream().map(e -> new Figure(
                    "capacity cost rate of " + e.getKey() + " (method-detail.json tdabc[].rate)", e.getValue(),
                    ReferenceSolver.rate(c, e.getKey()), ZERO, "rounded half-up to the published scale", true,
                    () -> tdabcValue(pools, e.getKey(), "rate")));
            Stream<Figure> unused = c.expected().unusedCapacity().entrySet().stream().flatMap(e -> {
                String s = e.getKey();
                BigDecimal exact = ref.unusedAmount(cost(c.serviceDepartments(), s), s);
                return Stream.of(
                        new Figure("unused capacity time of " + s + " (method-detail.json tdabc[].unused_time)",
                                e.getValue().time(), ReferenceSolver.unusedTime(c, ref, s), ZERO, "a quantity, never rounded",
                                false, () -> tdabcValue(pools, s, "unused_time")),
                        money("unused capacity amount of " + s + " (method-detail.json tdabc[].unused_amount)",
                                e.getValue().amount(), exact, Arrays.asList(exact),
                                () -> tdabcValue(pools, s, "unused_amount")));
            });
            return Stream.concat(rates, unused);
        }

        /** A money figure: exact when it and every part it sums are whole cents, else 0.01 per part that is not. */
        private static Figure money(String what, BigDecimal expected, BigDecimal exact, List<BigDecimal> parts,
                                    Supplier<BigDecimal> actual) {
            int cents = slack(exact, parts);
            String why = cents == 0 ? "the exact value and every part of it are whole cents"
                    : cents + " part(s) of the exact value not whole cents, each rounded by up to 0.01";
            return new Figure(what, expected, exact, CENT.multiply(BigDecimal.valueOf(cents)), why, false, actual);
        }

        private BigDecimal tdabcValue(Map<String, JsonNode> pools, String costCenter, String field) {
            JsonNode pool = pools.get(costCenter);
            assertNotNull(pool, () -> c.id() + ": method-detail.json has no tdabc entry for " + costCenter);
            BigDecimal value = AcceptanceCase.decimal(pool.path(field));
            assertNotNull(value, () -> c.id() + ": method-detail.json tdabc entry of " + costCenter + " has no " + field);
            return value;
        }

        /** No ALLOCATION row from a service to an operating department that expected does not list. */
        private Stream<Executable> unexpectedFlows() {
            Set<String> listed = c.expected().allocations().stream()
                    .map(f -> f.sender() + " -> " + f.receiver()).collect(Collectors.toSet());
            List<String> extra = out.allocations().stream()
                    .filter(r -> r.isAllocation() && r.amount().signum() != 0 && isService(r.sender())
                            && isOperating(r.receiver()) && !listed.contains(r.sender() + " -> " + r.receiver()))
                    .map(r -> "line " + r.line() + ": " + r.sender() + " -> " + r.receiver() + " " + r.amount())
                    .toList();
            return Stream.of(() -> assertEquals(List.of(), extra,
                    () -> c.id() + ": allocations.csv has flows that expected does not list"));
        }

        /** reconciliation.csv: per pool, difference 0.00 and cost_in = allocated + remainder. */
        private Stream<Executable> reconciliation() {
            return Stream.concat(
                    Stream.of(() -> assertFalse(out.reconciliation().isEmpty(), c.id() + ": reconciliation.csv has no rows")),
                    out.reconciliation().stream().<Executable>map(r -> () -> {
                        String where = c.id() + ": reconciliation.csv line " + (r.getRecordNumber() + 1)
                                + " (pool " + r.get("pool") + ", " + r.get("cost_center") + ")";
                        BigDecimal in = new BigDecimal(r.get("cost_in"));
                        BigDecimal accounted = new BigDecimal(r.get("allocated")).add(new BigDecimal(r.get("remainder")));
                        assertEquals(0, new BigDecimal(r.get("difference")).signum(),
                                () -> where + ": difference " + r.get("difference") + ", expected 0.00");
                        assertEquals(0, in.compareTo(accounted),
                                () -> where + ": cost_in " + in + " != allocated + remainder " + accounted);
                    }));
        }

        /** Service departments' own costs = ALLOCATION rows to operating departments + every remainder row. */
        private Executable conservation() {
            return () -> {
                BigDecimal in = c.serviceDepartments().stream().map(d -> nz(d.cost())).reduce(ZERO, BigDecimal::add);
                BigDecimal toOperating = sum(r -> r.isAllocation() && isOperating(r.receiver()));
                BigDecimal remainders = sum(r -> !r.isAllocation());
                assertEquals(0, in.compareTo(toOperating.add(remainders)), () -> c.id() + ": conservation: service cost "
                        + in + " != allocated to operating " + toOperating + " + remainders " + remainders
                        + " (tolerance 0, exact)");
            };
        }

        /** Sum of ALLOCATION rows to receiver, from sender (null: from anyone). */
        private BigDecimal allocated(String sender, String receiver) {
            return sum(r -> r.isAllocation() && r.receiver().equals(receiver) && (sender == null || r.sender().equals(sender)));
        }

        private String lines(String sender, String receiver) {
            List<Long> lines = out.allocations().stream()
                    .filter(r -> r.isAllocation() && r.sender().equals(sender) && r.receiver().equals(receiver))
                    .map(Row::line).toList();
            return lines.isEmpty() ? "none" : lines.toString();
        }

        private BigDecimal sum(Predicate<Row> filter) {
            return out.allocations().stream().filter(filter).map(Row::amount).reduce(ZERO, BigDecimal::add);
        }

        private boolean isService(String id) {
            return c.serviceDepartments().stream().anyMatch(d -> d.id().equals(id));
        }

        private boolean isOperating(String id) {
            return c.operatingDepartments().stream().anyMatch(d -> d.id().equals(id));
        }
    }

    /**
     * Allowed difference in cents (the shared README's rule): 0 when the exact value and every part of it are whole
     * cents; else one per part that is not (at least 1). Without an exact value the reference check fails anyway.
     */
    static int slack(BigDecimal exact, List<BigDecimal> parts) {
        if (exact == null) return 0;
        long loose = parts.stream().filter(p -> p == null || !ReferenceSolver.wholeCents(p)).count();
        return ReferenceSolver.wholeCents(exact) && loose == 0 ? 0 : (int) Math.max(1, loose);
    }

    private static BigDecimal cost(List<Department> departments, String id) {
        return departments.stream().filter(d -> d.id().equals(id)).map(d -> nz(d.cost())).findFirst().orElse(ZERO);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? ZERO : value;
    }
}
