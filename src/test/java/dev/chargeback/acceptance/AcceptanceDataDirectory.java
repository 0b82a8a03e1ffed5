package dev.chargeback.acceptance;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.chargeback.acceptance.AcceptanceCase.Consumption;
import dev.chargeback.acceptance.AcceptanceCase.Department;

/** Writes an acceptance case as an engine data directory (SPEC.md input contract, version 1). */
final class AcceptanceDataDirectory {

    static final String PERIOD = "2026-01";
    static final String USAGE_DATE = "2026-01-15";
    static final String ACCOUNT = "OVERHEAD";

    private AcceptanceDataDirectory() {}

    static String serviceId(String department) {
        return department + "-SVC";
    }

    static void write(AcceptanceCase c, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Department> all = Stream.concat(c.serviceDepartments().stream(), c.operatingDepartments().stream()).toList();

        List<List<Object>> centers = new ArrayList<>();
        c.serviceDepartments().forEach(d -> centers.add(List.of(d.id(), d.name(), "SERVICE", "")));
        c.operatingDepartments().forEach(d -> centers.add(List.of(d.id(), d.name(), "OPERATING", "")));
        csv(dir.resolve("cost_centers.csv"), List.of("id", "name", "kind", "parent"), centers);

        csv(dir.resolve("services.csv"), List.of("id", "cost_center", "name", "unit", "rate", "capacity"),
                c.serviceDepartments().stream().map(d -> List.<Object>of(serviceId(d.id()), d.id(), d.name(),
                        nonNull(consumption(c, d).unit(), "unit"), "", plain(consumption(c, d).capacity()))).toList());

        csv(dir.resolve("costs.csv"), List.of("period", "cost_center", "account", "amount", "currency"),
                all.stream().filter(d -> d.cost() != null && d.cost().signum() != 0)
                        .map(d -> List.<Object>of(PERIOD, d.id(), ACCOUNT, plain(d.cost()), c.currency())).toList());

        List<List<Object>> usage = new ArrayList<>();
        Map<String, List<Object>> drivers = new LinkedHashMap<>();
        for (Department d : c.serviceDepartments()) {
            Consumption k = consumption(c, d);
            if (k.isFixed()) continue;
            k.weights().forEach((receiver, quantity) -> {
                if (k.isStat()) addDriver(c, drivers, List.of(PERIOD, receiver, k.driverName(), plain(quantity)));
                else usage.add(List.of(USAGE_DATE, serviceId(d.id()), receiver, plain(quantity)));
            });
        }
        csv(dir.resolve("usage.csv"), List.of("date", "service", "customer", "quantity"), usage);
        csv(dir.resolve("drivers.csv"), List.of("period", "cost_center", "driver", "value"), List.copyOf(drivers.values()));
        csv(dir.resolve("timesheets.csv"), List.of("date", "employee", "cost_center", "customer", "hours"), List.of());

        Files.writeString(dir.resolve("rules.yaml"), rules(c), StandardCharsets.UTF_8);
    }

    /** rules.yaml: one pool per service department, in the case's order. Ids are quoted (YAML 1.1 reads Y, N, ON as booleans). */
    static String rules(AcceptanceCase c) {
        StringBuilder yaml = new StringBuilder()
                .append("currency: ").append(q(c.currency())).append('\n')
                .append("method: ").append(c.method()).append('\n');
        if (!c.stepOrder().isEmpty()) {
            yaml.append("step_order: [")
                    .append(c.stepOrder().stream().map(AcceptanceDataDirectory::q).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        yaml.append("pools:\n");
        for (Department d : c.serviceDepartments()) {
            Consumption k = consumption(c, d);
            yaml.append("  - cost_center: ").append(q(d.id())).append('\n');
            if (k.isFixed()) {
                yaml.append("    basis: fixed\n    shares: { ")
                        .append(k.shares().entrySet().stream()
                                .map(e -> q(e.getKey()) + ": " + e.getValue().toPlainString())
                                .collect(Collectors.joining(", ")))
                        .append(" }\n");
            } else {
                String driver = k.isStat() ? "stat:" + k.driverName() : "usage:" + serviceId(d.id());
                yaml.append("    basis: ").append(k.isTdabc() ? "tdabc" : "proportional").append('\n')
                        .append("    driver: ").append(q(driver)).append('\n');
            }
        }
        return yaml.toString();
    }

    private static Consumption consumption(AcceptanceCase c, Department d) {
        Consumption k = c.consumption().get(d.id());
        if (k == null) throw new IllegalArgumentException(c.id() + ": no consumption for service department " + d.id());
        if (k.isStat() && k.driverName() == null) {
            throw new IllegalArgumentException(c.id() + ": stat input without driver_name for " + d.id());
        }
        return k;
    }

    /** Several pools may share a statistical driver: identical rows are written once, conflicting ones refused. */
    private static void addDriver(AcceptanceCase c, Map<String, List<Object>> drivers, List<Object> row) {
        String key = row.get(1) + "\u0000" + row.get(2);
        List<Object> previous = drivers.putIfAbsent(key, row);
        if (previous != null && !previous.equals(row)) {
            throw new IllegalArgumentException(c.id() + ": driver " + row.get(2) + " of " + row.get(1)
                    + " has two values: " + previous.get(3) + " and " + row.get(3));
        }
    }

    private static void csv(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecords(rows);
        }
    }

    private static String q(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
