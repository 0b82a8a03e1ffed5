package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pools of a run: each rule's own cost (its cost lines, rounded once to minor units) and driver quantities.
 * Cost lines that carry a service with a pool of its own belong to that pool only; the rest of a cost center's lines
 * belong to its pool without a service. Timesheet hours follow the same split when the service's pool is driven by
 * hours; hours on other services count for the pool without a service. What a service cost center receives from other pools
 * joins its receiving pool: the one without a service, else its first in rules order.
 */
final class PoolBook implements QuantitySource {
    private final AllocationInput input;
    private final Organisation org;
    private final Money money;
    private final Map<String, List<DriverTotal>> driversBySubject = new HashMap<>();
    private final Map<Integer, Long> own = new HashMap<>();
    private final Map<Integer, Map<String, BigDecimal>> quantities = new HashMap<>();
    private final Map<String, AllocationRule> receivingPool = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    PoolBook(AllocationInput input, Organisation org, Money money) {
        this.input = input;
        this.org = org;
        this.money = money;
        for (AllocationRule rule : input.pools()) {
            AllocationRule current = receivingPool.get(rule.costCenter());
            if (current == null || (current.service() != null && rule.service() == null)) {
                receivingPool.put(rule.costCenter(), rule);
            }
        }
        totalCosts();
        totalDrivers();
    }

    List<String> problems() {
        return problems;
    }

    long own(AllocationRule rule) {
        return own.getOrDefault(rule.ruleNo(), 0L);
    }

    /** Receiver cost center to driver quantity (sorted by receiver id). */
    Map<String, BigDecimal> quantities(AllocationRule rule) {
        return quantities.getOrDefault(rule.ruleNo(), Map.of());
    }

    /** The pool a cost center's receipts join, or null when the cost center has no pool. */
    AllocationRule receivingPool(String costCenter) {
        return receivingPool.get(costCenter);
    }

    private void totalCosts() {
        Map<Integer, BigDecimal> exact = new HashMap<>();
        Map<String, BigDecimal> unpooled = new TreeMap<>();
        for (CostLine line : input.costs()) {
            AllocationRule rule = poolOf(line.costCenter(), line.service());
            if (rule == null) {
                String key = line.service().isEmpty() ? line.costCenter() : line.costCenter() + "/" + line.service();
                if (input.pools().stream().anyMatch(r -> r.costCenter().equals(line.costCenter()))
                        || org.isService(line.costCenter())) {
                    unpooled.merge(key, line.amount(), BigDecimal::add);
                }
                continue;
            }
            if (!line.currency().equals(input.currency())) {
                problems.add("costs.csv: " + line.costCenter() + " account " + line.account() + " is in "
                        + line.currency() + " but " + input.rules().file() + " says currency " + input.currency());
                continue;
            }
            exact.merge(rule.ruleNo(), line.amount(), BigDecimal::add);
        }
        for (AllocationRule rule : input.pools()) {
            BigDecimal amount = exact.get(rule.ruleNo());
            if (amount == null) {
                continue;
            }
            if (money.fits(amount)) {
                own.put(rule.ruleNo(), money.toMinor(amount));
            } else {
                problems.add(input.rules().where(rule) + ": its cost lines sum to " + amount.toPlainString() + " "
                        + input.currency() + ", beyond what the ledger holds (" + money.limit() + ")");
            }
        }
        unpooled.forEach((key, amount) -> problems.add("costs.csv: " + amount.setScale(money.scale(),
                java.math.RoundingMode.HALF_UP).toPlainString() + " of cost for " + key
                + " belongs to no pool; add a pool for it to " + input.rules().file()));
    }

    /** The rule whose pool a cost line (or timesheet row) of this cost center and service belongs to. */
    private AllocationRule poolOf(String costCenter, String service) {
        AllocationRule general = null;
        for (AllocationRule rule : input.pools()) {
            if (!rule.costCenter().equals(costCenter)) {
                continue;
            }
            if (rule.service() == null) {
                general = rule;
            } else if (rule.service().equals(service)) {
                return rule;
            }
        }
        return general;
    }

    /**
     * The pool whose hours driver a timesheet row counts for: the pool of the row's service when that pool is
     * itself driven by hours (a service desk on TDABC), else the cost center's pool without a service. Time spent
     * on a service whose pool has another driver (laptops by seats) is general staff time.
     */
    private AllocationRule hoursPoolOf(String costCenter, String service) {
        AllocationRule general = null;
        for (AllocationRule rule : input.pools()) {
            if (!rule.costCenter().equals(costCenter)) {
                continue;
            }
            boolean byHours = rule.driver() != null && rule.driver().kind() == DriverRef.Kind.HOURS;
            if (rule.service() == null) {
                general = rule;
            } else if (rule.service().equals(service) && byHours) {
                return rule;
            }
        }
        return general;
    }

    /** Groups the driver totals once by driver and subject; each basis then reads the quantities it weights by. */
    private void totalDrivers() {
        for (DriverTotal t : input.drivers()) {
            driversBySubject.computeIfAbsent(t.kind() + ":" + t.subject(), k -> new ArrayList<>()).add(t);
        }
        for (AllocationRule rule : input.pools()) {
            quantities.put(rule.ruleNo(), rule.basis().quantities(rule, this));
        }
    }

    @Override
    public Map<String, BigDecimal> driverTotals(AllocationRule rule, DriverRef driver) {
        Map<String, BigDecimal> q = new TreeMap<>();
        driversBySubject.getOrDefault(driverKey(rule, driver), List.of()).stream()
                .filter(t -> t.kind() != DriverRef.Kind.HOURS || hoursPoolOf(t.subject(), t.service()) == rule)
                .forEach(t -> q.merge(t.costCenter(), t.quantity(), BigDecimal::add));
        return q;
    }

    @Override
    public List<String> candidates(AllocationRule rule) {
        return rule.receivers().isEmpty() ? org.leaves() : rule.receivers().stream().sorted().distinct().toList();
    }

    /** The driver and subject of a rule's driver totals (see {@link #matchesDriver}). */
    private static String driverKey(AllocationRule rule, DriverRef d) {
        return d.kind() + ":" + (d.kind() == DriverRef.Kind.HOURS ? rule.costCenter() : d.name());
    }

    static boolean matchesDriver(DriverTotal t, AllocationRule rule) {
        DriverRef d = rule.driver();
        if (d == null || t.kind() != d.kind()) {
            return false;
        }
        return switch (d.kind()) {
            case HOURS -> t.subject().equals(rule.costCenter());
            case USAGE, STAT -> t.subject().equals(d.name());
        };
    }
}
