package dev.chargeback.acceptance;

import static java.math.BigDecimal.ONE;
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
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * whole cents must match exactly; any other line may differ by 0.01, a total by 0.01 per such line.
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
        Outputs outputs = Outputs.read(c, out);
        assertAll(c.id(), new Checks(c, Reference.of(c), outputs).all());
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

    /** The assertions of one case, collected so that a failure report lists every wrong figure. */
    record Checks(AcceptanceCase c, Reference ref, Outputs out) {

        Stream<Executable> all() {
            return Stream.of(allocations(), unexpectedFlows(), operatingTotals(), serviceTotals(), tdabc(),
                    reconciliation(), Stream.of(conservation())).flatMap(s -> s);
        }

        private Stream<Executable> allocations() {
            return c.expected().allocations().stream().map(f -> {
                BigDecimal exact = ref.flow(f.sender(), f.receiver());
                return near("allocation " + f.sender() + " -> " + f.receiver() + " (allocations.csv lines "
                        + lines(f.sender(), f.receiver()) + ")", f.amount(), () -> allocated(f.sender(), f.receiver()),
                        slack(f.amount(), exact, Arrays.asList(exact), 1));
            });
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
            return Stream.of(() -> assertTrue(extra.isEmpty(),
                    () -> c.id() + ": allocations.csv has flows that expected does not list: " + extra));
        }

        private Stream<Executable> operatingTotals() {
            return c.expected().operatingTotals().entrySet().stream().flatMap(e -> {
                String o = e.getKey();
                BigDecimal own = cost(c.operatingDepartments(), o);
                List<BigDecimal> parts = ref.flowsTo(o);
                BigDecimal exact = parts.stream().reduce(ZERO, BigDecimal::add);
                int lines = (int) c.expected().allocations().stream().filter(f -> f.receiver().equals(o)).count();
                List<Executable> checks = new ArrayList<>();
                if (e.getValue().allocated() != null) {
                    BigDecimal expected = e.getValue().allocated();
                    checks.add(near("operating " + o + " allocated", expected, () -> allocated(null, o),
                            slack(expected, exact, parts, lines)));
                }
                if (e.getValue().total() != null) {
                    BigDecimal expected = e.getValue().total();
                    checks.add(near("operating " + o + " total (allocated + own cost " + own + ")", expected,
                            () -> allocated(null, o).add(own), slack(expected, exact.add(own), parts, lines)));
                }
                return checks.stream();
            });
        }

        /** method-detail.json pools[].total by cost center: the closed pool (step-down) or solved full cost (reciprocal). */
        private Stream<Executable> serviceTotals() {
            Map<String, BigDecimal> totals = new HashMap<>();
            out.detail().path("pools").values().forEach(p ->
                    totals.merge(p.path("cost_center").asString(), AcceptanceCase.decimal(p.path("total")), BigDecimal::add));
            int lines = Math.max(1, c.serviceDepartments().size() - 1);
            return c.expected().serviceTotals().entrySet().stream().map(e -> near(
                    "service total " + e.getKey() + " (method-detail.json pools[].total)", e.getValue(),
                    () -> totals.get(e.getKey()),
                    slack(e.getValue(), ref.serviceTotals().get(e.getKey()), ref.flowsTo(e.getKey()), lines)));
        }

        /** method-detail.json tdabc[]: rate rounded half-up to the expected scale, unused time exact, unused amount a line. */
        private Stream<Executable> tdabc() {
            Map<String, JsonNode> pools = new HashMap<>();
            out.detail().path("tdabc").values().forEach(p -> pools.put(p.path("cost_center").asString(), p));
            Stream<Executable> rates = c.expected().rates().entrySet().stream().<Executable>map(e -> () -> {
                BigDecimal rate = tdabcValue(pools, e.getKey(), "rate");
                assertEquals(0, rate.setScale(e.getValue().scale(), RoundingMode.HALF_UP).compareTo(e.getValue()),
                        () -> c.id() + ": capacity cost rate of " + e.getKey() + ": expected " + e.getValue()
                                + ", got " + rate + " (method-detail.json tdabc[].rate)");
            });
            Stream<Executable> unused = c.expected().unusedCapacity().entrySet().stream().flatMap(e -> {
                String s = e.getKey();
                BigDecimal exact = ref.unused(cost(c.serviceDepartments(), s), s);
                return Stream.<Executable>of(() -> {
                    BigDecimal time = tdabcValue(pools, s, "unused_time");
                    assertEquals(0, time.compareTo(e.getValue().time()), () -> c.id() + ": unused capacity time of "
                            + s + ": expected " + e.getValue().time() + ", got " + time);
                }, near("unused capacity amount of " + s + " (method-detail.json tdabc[].unused_amount)",
                        e.getValue().amount(), () -> tdabcValue(pools, s, "unused_amount"),
                        slack(e.getValue().amount(), exact, Arrays.asList(exact), 1)));
            });
            return Stream.concat(rates, unused);
        }

        private BigDecimal tdabcValue(Map<String, JsonNode> pools, String costCenter, String field) {
            JsonNode pool = pools.get(costCenter);
            assertNotNull(pool, () -> c.id() + ": method-detail.json has no tdabc entry for " + costCenter);
            BigDecimal value = AcceptanceCase.decimal(pool.path(field));
            assertNotNull(value, () -> c.id() + ": method-detail.json tdabc entry of " + costCenter + " has no " + field);
            return value;
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
                        + in + " != allocated to operating " + toOperating + " + remainders " + remainders);
            };
        }

        private Executable near(String what, BigDecimal expected, Supplier<BigDecimal> result, int slackCents) {
            BigDecimal allowed = CENT.multiply(BigDecimal.valueOf(slackCents));
            return () -> {
                BigDecimal actual = result.get();
                assertNotNull(actual, () -> c.id() + ": " + what + ": missing, expected " + expected);
                assertTrue(actual.subtract(expected).abs().compareTo(allowed) <= 0, () -> c.id() + ": " + what
                        + ": expected " + expected + ", got " + actual + " (allowed difference " + allowed + ")");
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
     * Allowed difference in cents. 0 when the exact value and every part of it are whole cents; else one per part that
     * is not (at least 1). When the reference does not reproduce {@code expected}, one per contributing line.
     */
    static int slack(BigDecimal expected, BigDecimal exact, List<BigDecimal> parts, int lines) {
        if (exact == null || exact.setScale(2, RoundingMode.HALF_UP).compareTo(expected) != 0) return Math.max(1, lines);
        long loose = parts.stream().filter(p -> p == null || !Reference.wholeCents(p)).count();
        return Reference.wholeCents(exact) && loose == 0 ? 0 : (int) Math.max(1, loose);
    }

    private static BigDecimal cost(List<Department> departments, String id) {
        return departments.stream().filter(d -> d.id().equals(id)).map(d -> nz(d.cost())).findFirst().orElse(ZERO);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? ZERO : value;
    }

    /**
     * The case's arithmetic to 40 significant digits, used only to tell which figures are whole cents. Where it cannot
     * be computed (or does not reproduce expected, see {@link #slack}) the loose tolerance applies.
     */
    record Reference(Map<String, BigDecimal> serviceTotals, Map<String, Map<String, BigDecimal>> flows) {

        static final MathContext MC = new MathContext(40);
        static final BigDecimal EPSILON = new BigDecimal("1e-20");
        static final Reference UNKNOWN = new Reference(Map.of(), Map.of());

        static Reference of(AcceptanceCase c) {
            try {
                return switch (c.method()) {
                    case "direct" -> direct(c);
                    case "step-down" -> c.stepOrder().isEmpty() ? UNKNOWN : stepDown(c);
                    case "reciprocal" -> reciprocal(c);
                    default -> UNKNOWN;
                };
            } catch (RuntimeException e) { // singular system, missing data: fall back to the loose rule
                return UNKNOWN;
            }
        }

        static boolean wholeCents(BigDecimal value) {
            return value.subtract(value.setScale(2, RoundingMode.HALF_UP)).abs().compareTo(EPSILON) < 0;
        }

        BigDecimal flow(String sender, String receiver) {
            return flows.getOrDefault(sender, Map.of()).get(receiver);
        }

        List<BigDecimal> flowsTo(String receiver) {
            return flows.entrySet().stream().filter(e -> !e.getKey().equals(receiver))
                    .map(e -> e.getValue().get(receiver)).filter(Objects::nonNull).toList();
        }

        /** TDABC: what the pool keeps, own cost minus what it charged. */
        BigDecimal unused(BigDecimal own, String sender) {
            Map<String, BigDecimal> out = flows.get(sender);
            return out == null ? null : own.subtract(out.values().stream().reduce(ZERO, BigDecimal::add));
        }

        private static Reference direct(AcceptanceCase c) {
            Map<String, BigDecimal> totals = own(c);
            Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
            totals.forEach((s, total) -> flows.put(s, spread(c, s, total,
                    r -> c.operatingDepartments().stream().anyMatch(d -> d.id().equals(r)))));
            return new Reference(totals, flows);
        }

        private static Reference stepDown(AcceptanceCase c) {
            Map<String, BigDecimal> own = own(c);
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            Map<String, BigDecimal> received = new HashMap<>();
            Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
            for (String s : c.stepOrder()) {
                totals.put(s, Objects.requireNonNull(own.get(s), s).add(received.getOrDefault(s, ZERO)));
                Map<String, BigDecimal> out = spread(c, s, totals.get(s), r -> !totals.containsKey(r));
                out.forEach((r, amount) -> received.merge(r, amount, BigDecimal::add));
                flows.put(s, out);
            }
            return new Reference(totals, flows);
        }

        /** Full cost T solves T_i = own_i + sum_j T_j f_ji; f_ji = j's share to i over every receiver but j. */
        private static Reference reciprocal(AcceptanceCase c) {
            List<String> ids = List.copyOf(own(c).keySet());
            int n = ids.size();
            BigDecimal[][] a = new BigDecimal[n][n];
            BigDecimal[] b = own(c).values().toArray(BigDecimal[]::new);
            for (int j = 0; j < n; j++) {
                String sender = ids.get(j);
                Map<String, BigDecimal> share = spread(c, sender, ONE, r -> !r.equals(sender));
                for (int i = 0; i < n; i++) {
                    a[i][j] = (i == j ? ONE : ZERO).subtract(share.getOrDefault(ids.get(i), ZERO));
                }
            }
            BigDecimal[] t = solve(a, b);
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String sender = ids.get(i);
                totals.put(sender, t[i]);
                flows.put(sender, spread(c, sender, t[i], r -> !r.equals(sender)));
            }
            return new Reference(totals, flows);
        }

        /** amount x weight / base over the receivers that qualify; TDABC: base = capacity. */
        private static Map<String, BigDecimal> spread(AcceptanceCase c, String sender, BigDecimal amount,
                Predicate<String> receives) {
            AcceptanceCase.Consumption k = Objects.requireNonNull(c.consumption().get(sender), sender);
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            k.weights().forEach((r, w) -> {
                if (!r.equals(sender) && receives.test(r)) weights.put(r, w);
            });
            BigDecimal base = k.isTdabc() ? k.capacity() : weights.values().stream().reduce(ZERO, BigDecimal::add);
            weights.replaceAll((r, w) -> amount.multiply(w, MC).divide(base, MC));
            return weights;
        }

        private static Map<String, BigDecimal> own(AcceptanceCase c) {
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            c.serviceDepartments().forEach(d -> own.put(d.id(), nz(d.cost())));
            return own;
        }

        /** Gaussian elimination; (I - F) is diagonally dominant by columns, so no pivoting is needed. */
        private static BigDecimal[] solve(BigDecimal[][] a, BigDecimal[] b) {
            int n = b.length;
            for (int p = 0; p < n; p++) {
                for (int i = p + 1; i < n; i++) {
                    BigDecimal f = a[i][p].divide(a[p][p], MC);
                    for (int j = p; j < n; j++) a[i][j] = a[i][j].subtract(f.multiply(a[p][j], MC), MC);
                    b[i] = b[i].subtract(f.multiply(b[p], MC), MC);
                }
            }
            BigDecimal[] x = new BigDecimal[n];
            for (int i = n - 1; i >= 0; i--) {
                BigDecimal s = b[i];
                for (int j = i + 1; j < n; j++) s = s.subtract(a[i][j].multiply(x[j], MC), MC);
                x[i] = s.divide(a[i][i], MC);
            }
            return x;
        }
    }
}
