package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a rule set against the organisation and the period's data before anything is allocated. Every problem
 * names the rules file line and what to change; all are reported at once.
 */
final class RuleCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AllocationInput input;
    private final Organisation org;
    private final List<String> problems = new ArrayList<>();

    RuleCheck(AllocationInput input, Organisation org) {
        this.input = input;
        this.org = org;
    }

    List<String> problems() {
        Set<String> pools = new HashSet<>();
        for (AllocationRule rule : input.rules()) {
            if (!pools.add(rule.poolId())) {
                problem(rule, "pool " + rule.poolId() + " is defined twice; keep one rule per pool");
            }
            checkSender(rule);
            checkReceivers(rule);
            checkBasis(rule);
        }
        if (input.method() == Method.STEP_DOWN && !input.stepOrder().isEmpty()) {
            checkStepOrder();
        }
        return problems;
    }

    private void checkSender(AllocationRule rule) {
        if (!org.knows(rule.costCenter())) {
            problem(rule, "unknown cost center '" + rule.costCenter() + "': add it to cost_centers.csv or fix the id");
        } else if (!org.isService(rule.costCenter())) {
            problem(rule, "cost center '" + rule.costCenter() + "' is OPERATING; only SERVICE cost centers have pools");
        }
        if (rule.service() != null) {
            ServiceOffering s = org.service(rule.service());
            if (s == null) {
                problem(rule, "unknown service '" + rule.service() + "': add it to services.csv or fix the id");
            } else if (!s.costCenter().equals(rule.costCenter())) {
                problem(rule, "service '" + rule.service() + "' belongs to " + s.costCenter() + ", not "
                        + rule.costCenter());
            }
        }
    }

    private void checkReceivers(AllocationRule rule) {
        for (String r : rule.receivers()) {
            checkLeaf(rule, r, "receiver");
        }
        for (String r : rule.shares().keySet()) {
            checkLeaf(rule, r, "share receiver");
        }
        if (rule.recoveryTo() != null) {
            checkLeaf(rule, rule.recoveryTo(), "recovery_to");
        }
    }

    private void checkLeaf(AllocationRule rule, String id, String what) {
        if (!org.knows(id)) {
            problem(rule, what + " '" + id + "' is not a cost center in cost_centers.csv");
        } else if (!org.isLeaf(id)) {
            problem(rule, what + " '" + id + "' is a roll-up node (parent of other cost centers); name a leaf");
        }
    }

    private void checkBasis(AllocationRule rule) {
        switch (rule.basis()) {
            case FIXED -> checkShares(rule);
            case EVEN -> { }
            case PROPORTIONAL, RATE, TDABC -> checkDriver(rule);
        }
        if (rule.basis() == Basis.RATE && PoolBook.rateOf(rule, org) == null) {
            problem(rule, "basis rate needs a rate: give `rate:` in the rule or a rate for service '"
                    + PoolBook.serviceOf(rule) + "' in services.csv");
        }
        if (rule.basis() == Basis.TDABC && PoolBook.capacityOf(rule, org) == null) {
            problem(rule, "basis tdabc needs the practical capacity of service '" + PoolBook.serviceOf(rule)
                    + "': fill its capacity column in services.csv");
        }
    }

    private void checkShares(AllocationRule rule) {
        if (rule.shares().isEmpty()) {
            problem(rule, "basis fixed needs `shares:` (percent per receiver, summing to 100)");
            return;
        }
        BigDecimal sum = rule.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            problem(rule, "shares sum to " + sum.toPlainString() + ", not 100");
        }
        rule.shares().forEach((k, v) -> {
            if (v.signum() < 0) {
                problem(rule, "share of " + k + " is negative (" + v.toPlainString() + ")");
            }
        });
    }

    private void checkDriver(AllocationRule rule) {
        DriverRef d = rule.driver();
        if (d == null) {
            problem(rule, "basis " + rule.basis().word() + " needs `driver:` (hours, usage:<service> or stat:<DRIVER>)");
            return;
        }
        if (d.kind() == DriverRef.Kind.USAGE && org.service(d.name()) == null) {
            problem(rule, "driver " + d + " names an unknown service; add it to services.csv or fix the id");
            return;
        }
        boolean hasData = input.drivers().stream().anyMatch(t -> PoolBook.matchesDriver(t, rule));
        if (!hasData && !rule.remainderWhenNoDriver() && rule.basis() == Basis.PROPORTIONAL) {
            problem(rule, "driver " + d + " has no data in " + input.period()
                    + "; supply it, or set `on_no_driver: remainder` to keep the pool with the supplier");
        }
    }

    private void checkStepOrder() {
        Set<String> withPools = new LinkedHashSet<>();
        input.rules().forEach(r -> withPools.add(r.costCenter()));
        Set<String> seen = new HashSet<>();
        String where = "rules line " + input.stepOrderLine() + ": step_order ";
        for (String id : input.stepOrder()) {
            if (!seen.add(id)) {
                problems.add(where + "names " + id + " twice");
            } else if (!withPools.contains(id)) {
                problems.add(where + "names " + id + ", which has no pool in rules.yaml");
            }
        }
        for (String id : withPools) {
            if (!seen.contains(id)) {
                problems.add(where + "misses service pool " + id + "; add it where it should close");
            }
        }
    }

    private void problem(AllocationRule rule, String text) {
        problems.add("rules line " + rule.line() + " (" + rule.poolId() + "): " + text);
    }
}
