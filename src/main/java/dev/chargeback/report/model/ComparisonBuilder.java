package dev.chargeback.report.model;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The department comparison of one run: per supplier (all its pools) and per pool, what it cost each receiving
 * department (ALLOCATION flows only: remainders stay with the supplier), per head, per hour and per unit, ranked;
 * then the same summed over each roll-up node of the hierarchy. Rows come supplier by supplier (in pool order),
 * scope SUPPLIER before the supplier's pools, leaf receivers by rank, then roll-ups in cost_centers.csv order.
 */
final class ComparisonBuilder {
    private final RunFacts run;
    private final Map<String, BigDecimal> headcount;

    ComparisonBuilder(RunFacts run) {
        this.run = run;
        this.headcount = run.headcount();
    }

    /** A receiver's charge from one pool (or from all of a supplier's pools when {@code pool} is null). */
    private record Charge(String receiver, long amount, BigDecimal quantity, String driver, String basis) {
    }

    List<ComparisonRow> rows() {
        List<ComparisonRow> rows = new ArrayList<>();
        for (String supplier : suppliers()) {
            rows.addAll(group(supplier, null));
            run.pools().stream().filter(p -> p.costCenter().equals(supplier)).forEach(p -> rows.addAll(group(supplier, p)));
        }
        return rows;
    }

    private Set<String> suppliers() {
        Set<String> suppliers = new LinkedHashSet<>();
        run.pools().forEach(p -> suppliers.add(p.costCenter()));
        return suppliers;
    }

    private List<ComparisonRow> group(String supplier, PoolResult pool) {
        Map<String, Charge> charges = charges(supplier, pool);
        if (charges.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> hours = pool == null ? run.hours(supplier)
                : run.hoursOf(pool) == null ? Map.of() : run.hours(supplier, run.hoursOf(pool));
        List<Charge> ranked = charges.values().stream()
                .sorted(Comparator.comparingLong(Charge::amount).reversed().thenComparing(Charge::receiver)).toList();
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Charge c = ranked.get(i);
            rows.add(row(supplier, pool, c.receiver(), false, c.amount(), headcount.get(c.receiver()),
                    hours.get(c.receiver()), c.quantity(), c, i + 1));
        }
        rows.addAll(rollUps(supplier, pool, charges, hours));
        return rows;
    }

    private Map<String, Charge> charges(String supplier, PoolResult pool) {
        Map<String, Charge> charges = new LinkedHashMap<>();
        for (PostedFlow f : run.flows()) {
            if (f.kind() != FlowKind.ALLOCATION || !f.sender().equals(supplier)
                    || (pool != null && !f.pool().equals(pool.pool()))) {
                continue;
            }
            Charge drv = pool == null ? new Charge(f.receiver(), f.amount(), null, "", "")
                    : new Charge(f.receiver(), f.amount(), quantity(f), f.driver(), f.basis());
            charges.merge(f.receiver(), drv, (a, b) -> new Charge(a.receiver(), Math.addExact(a.amount(), b.amount()),
                    a.quantity(), a.driver(), a.basis()));
        }
        return charges;
    }

    /** Only a driver's quantity is a unit count; fixed percentages and even shares are not. */
    private static BigDecimal quantity(PostedFlow f) {
        return f.driver() == null || f.driver().isEmpty() ? null : f.quantity();
    }

    private List<ComparisonRow> rollUps(String supplier, PoolResult pool, Map<String, Charge> charges,
                                        Map<String, BigDecimal> hours) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (Department node : run.org().departments()) {
            if (!node.rollUp()) {
                continue;
            }
            List<String> leaves = run.org().leavesUnder(node.id());
            List<Charge> members = leaves.stream().map(charges::get).filter(c -> c != null).toList();
            if (members.isEmpty()) {
                continue;
            }
            long amount = members.stream().mapToLong(Charge::amount).sum();
            BigDecimal quantity = members.stream().allMatch(c -> c.quantity() != null)
                    ? members.stream().map(Charge::quantity).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
            Charge first = members.getFirst();
            rows.add(row(supplier, pool, node.id(), true, amount, sum(leaves, headcount), sum(leaves, hours), quantity,
                    first, 0));
        }
        return rows;
    }

    /** The sum over the leaves that have a figure; null when none has. */
    private static BigDecimal sum(List<String> leaves, Map<String, BigDecimal> figures) {
        return leaves.stream().map(figures::get).filter(q -> q != null).reduce(BigDecimal::add).orElse(null);
    }

    private ComparisonRow row(String supplier, PoolResult pool, String receiver, boolean rollUp, long minor,
                              BigDecimal heads, BigDecimal hours, BigDecimal quantity, Charge charge, int rank) {
        BigDecimal amount = run.amount(minor);
        String service = pool == null ? "" : pool.service();
        String unit = pool == null || quantity == null ? "" : run.unit(charge.driver(), charge.basis());
        return new ComparisonRow(run.header().period(),
                pool == null ? ComparisonRow.Scope.SUPPLIER : ComparisonRow.Scope.POOL, receiver,
                run.org().name(receiver), rollUp, run.isService(receiver), supplier, run.org().name(supplier),
                pool == null ? "" : pool.pool(), service, run.org().serviceName(service), amount, heads,
                Ratios.per(amount, heads, Ratios.PER_SCALE), hours, Ratios.per(amount, hours, Ratios.PER_SCALE),
                quantity, unit, Ratios.per(amount, quantity, Ratios.PER_UNIT_SCALE), rank);
    }
}
