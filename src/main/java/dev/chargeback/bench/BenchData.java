package dev.chargeback.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/** Writes benchmark data directories in the SPEC.md input format, deterministically from a seed. */
public final class BenchData {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    public static final String PERIOD = "2026-10";

    private BenchData() {
    }

    /**
     * One month of usage: {@code rows} rows over {@code services} services (owned by 5 service cost centers) and
     * {@code customers} operating cost centers, decimal quantities; one pool per service, proportional to usage.
     */
    public static void usage(Path dir, long rows, int services, int customers, long seed) throws IOException {
        usage(dir, rows, services, customers, seed, YearMonth.parse(PERIOD));
    }

    /** As {@link #usage(Path, long, int, int, long)}, for another month (a benchmark of several sizes on one ledger). */
    public static void usage(Path dir, long rows, int services, int customers, long seed, YearMonth period)
            throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        int suppliers = 5;
        try (CSVPrinter out = printer(dir.resolve("cost_centers.csv"), "id", "name", "kind", "parent")) {
            for (int s = 0; s < suppliers; s++) {
                out.printRecord("SVC-CC-" + s, "Service department " + s, "SERVICE", "");
            }
            for (int c = 0; c < customers; c++) {
                out.printRecord(customer(c), "Customer " + c, "OPERATING", "");
            }
        }
        try (CSVPrinter svc = printer(dir.resolve("services.csv"), "id", "cost_center", "name", "unit", "rate", "capacity");
             CSVPrinter cost = printer(dir.resolve("costs.csv"), "period", "cost_center", "account", "amount",
                     "currency", "service");
             Writer rules = Files.newBufferedWriter(dir.resolve("rules.yaml"), StandardCharsets.UTF_8)) {
            rules.write("currency: EUR\nmethod: direct\npools:\n");
            for (int s = 0; s < services; s++) {
                String owner = "SVC-CC-" + (s % suppliers);
                svc.printRecord(service(s), owner, "Service " + s, "units", "", "");
                cost.printRecord(period.toString(), owner, "6000", cents(random, 1_000_000, 50_000_000), "EUR",
                        service(s));
                rules.write("  - { cost_center: " + owner + ", service: " + service(s)
                        + ", basis: proportional, driver: \"usage:" + service(s) + "\" }\n");
            }
        }
        try (CSVPrinter out = printer(dir.resolve("usage.csv"), "date", "service", "customer", "quantity",
                "reference")) {
            for (long r = 0; r < rows; r++) {
                int day = 1 + random.nextInt(period.lengthOfMonth());
                out.printRecord(period.atDay(day).toString(), service(random.nextInt(services)),
                        customer(random.nextInt(customers)), BigDecimal.valueOf(random.nextInt(1, 10_000_000), 4),
                        "r" + r);
            }
        }
    }

    /**
     * A reciprocal network: {@code services} service cost centers, each serving about {@code links} others and
     * some of the {@code receivers} operating cost centers, by usage quantities; method reciprocal.
     */
    public static void reciprocal(Path dir, int services, int receivers, int links, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        try (CSVPrinter out = printer(dir.resolve("cost_centers.csv"), "id", "name", "kind", "parent")) {
            for (int s = 0; s < services; s++) {
                out.printRecord(supplier(s), "Service department " + s, "SERVICE", "");
            }
            for (int c = 0; c < receivers; c++) {
                out.printRecord(customer(c), "Customer " + c, "OPERATING", "");
            }
        }
        try (CSVPrinter svc = printer(dir.resolve("services.csv"), "id", "cost_center", "name", "unit", "rate", "capacity");
             CSVPrinter cost = printer(dir.resolve("costs.csv"), "period", "cost_center", "account", "amount",
                     "currency", "service");
             CSVPrinter usage = printer(dir.resolve("usage.csv"), "date", "service", "customer", "quantity", "reference");
             Writer rules = Files.newBufferedWriter(dir.resolve("rules.yaml"), StandardCharsets.UTF_8)) {
            rules.write("currency: EUR\nmethod: reciprocal\npools:\n");
            for (int s = 0; s < services; s++) {
                svc.printRecord(service(s), supplier(s), "Service " + s, "units", "", "");
                cost.printRecord(PERIOD, supplier(s), "6000", cents(random, 100_000, 10_000_000), "EUR", "");
                rules.write("  - { cost_center: " + supplier(s) + ", basis: proportional, driver: \"usage:"
                        + service(s) + "\" }\n");
                for (int k = 0; k < links; k++) {
                    int other = random.nextInt(services);
                    if (other != s) {
                        usage.printRecord("2026-10-15", service(s), supplier(other), random.nextInt(1, 100), "");
                    }
                }
                for (int k = 0; k < 20; k++) {
                    usage.printRecord("2026-10-15", service(s), customer(random.nextInt(receivers)),
                            random.nextInt(1, 1000), "");
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSV);
        p.printRecord(List.of(header));
        return p;
    }

    private static String cents(SplittableRandom random, long min, long max) {
        return BigDecimal.valueOf(random.nextLong(min, max), 2).toPlainString();
    }

    private static String customer(int c) {
        return "CC-" + c;
    }

    private static String supplier(int s) {
        return "SVC-" + s;
    }

    private static String service(int s) {
        return "S-" + s;
    }
}
