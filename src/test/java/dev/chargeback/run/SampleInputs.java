package dev.chargeback.run;

import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Driver quantities recomputed straight from a data directory's CSV files, independently of the engine, for the
 * receivers that may receive under method {@code direct}: OPERATING leaf cost centers other than the supplier.
 */
final class SampleInputs {
    private final Path data;

    SampleInputs(Path data) {
        this.data = data;
    }

    /** OPERATING cost centers that are no other's parent. */
    Set<String> operatingLeaves() {
        List<CSVRecord> centers = rows("cost_centers.csv");
        Set<String> parents = new HashSet<>();
        centers.forEach(c -> parents.add(c.get("parent")));
        Set<String> leaves = new TreeSet<>();
        centers.stream().filter(c -> "OPERATING".equals(c.get("kind")) && !parents.contains(c.get("id")))
                .forEach(c -> leaves.add(c.get("id")));
        return leaves;
    }

    /** drivers.csv values of one statistical driver (HEADCOUNT, SQM) in a period, per direct receiver. */
    Map<String, BigDecimal> statistic(String period, String driver, String supplier) {
        Map<String, BigDecimal> q = new TreeMap<>();
        Set<String> receivers = receivers(supplier);
        rows("drivers.csv").stream().filter(r -> r.get("period").equals(period) && r.get("driver").equals(driver)
                && receivers.contains(r.get("cost_center")))
                .forEach(r -> q.merge(r.get("cost_center"), new BigDecimal(r.get("value")), BigDecimal::add));
        return q;
    }

    /** Hours a supplier logged for each direct receiver in a period, over every timesheets.csv row of it. */
    /** Hours the supplier logged for operating cost centers in the period, leaving out rows of the given services. */
    Map<String, BigDecimal> hours(String period, String supplier, String... excludedServices) {
        Map<String, BigDecimal> q = new TreeMap<>();
        Set<String> receivers = receivers(supplier);
        Set<String> excluded = Set.of(excludedServices);
        rows("timesheets.csv").stream().filter(r -> r.get("date").startsWith(period + "-")
                && r.get("cost_center").equals(supplier) && receivers.contains(r.get("customer"))
                && !excluded.contains(r.get("service")))
                .forEach(r -> q.merge(r.get("customer"), new BigDecimal(r.get("hours")), BigDecimal::add));
        return q;
    }

    private Set<String> receivers(String supplier) {
        Set<String> receivers = operatingLeaves();
        receivers.remove(supplier);
        return receivers;
    }

    private List<CSVRecord> rows(String file) {
        return RunOutput.parse(RunChecks.read(data.resolve(file)));
    }
}
