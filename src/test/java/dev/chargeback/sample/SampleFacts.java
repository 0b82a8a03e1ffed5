package dev.chargeback.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The generated rows, and the totals the README reports from them: rows per file and month, pool cost, hours,
 * seats, vCPU-hours, headcount and floor area. Only sums of what was written, no checks: the engine checks.
 *
 * @param size bytes of the data and rules files together
 */
record SampleFacts(List<List<String>> costs, List<List<String>> timesheets, List<List<String>> usage,
                   List<List<String>> drivers, long size) {

    /** Data rows of a dated or monthly file in one month. */
    int rows(List<List<String>> rows, String period) {
        return (int) rows.stream().filter(r -> r.getFirst().startsWith(period)).count();
    }

    /** The cost of one pool in one month; {@code service} is "" for a cost center's general pool. */
    BigDecimal poolCost(String period, String costCenter, String service) {
        return sum(costs, r -> r.get(0).equals(period) && r.get(1).equals(costCenter) && r.get(5).equals(service), 3);
    }

    BigDecimal serviceDepartmentCost(String period, String costCenter) {
        return sum(costs, r -> r.get(0).equals(period) && r.get(1).equals(costCenter), 3);
    }

    /** The operating departments' own cost, not allocated. */
    BigDecimal operatingCost(String period) {
        return sum(costs, r -> r.get(0).equals(period) && !Northwind.SERVICE_CCS.contains(r.get(1)), 3);
    }

    /** Hours a service department logged in a month: on one service, or on all ("") of them and none. */
    BigDecimal hours(String period, String costCenter, String service) {
        return sum(timesheets, r -> r.get(0).startsWith(period) && r.get(2).equals(costCenter)
                && (service.isEmpty() || r.get(5).equals(service)), 4);
    }

    int tickets(String period) {
        return (int) timesheets.stream().filter(r -> r.get(0).startsWith(period) && !r.get(6).isEmpty())
                .map(r -> r.get(6)).distinct().count();
    }

    BigDecimal usage(String period, String service) {
        return sum(usage, r -> r.get(0).startsWith(period) && r.get(1).equals(service), 3);
    }

    BigDecimal statistic(String period, String driver) {
        return sum(drivers, r -> r.get(0).equals(period) && r.get(2).equals(driver), 3);
    }

    private static BigDecimal sum(List<List<String>> rows, Predicate<List<String>> which, int column) {
        return rows.stream().filter(which).map(r -> new BigDecimal(r.get(column))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
