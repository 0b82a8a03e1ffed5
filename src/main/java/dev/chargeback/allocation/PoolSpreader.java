package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds a pool's {@link Spread} over the receivers a method allows. No cost center receives from its own pool. */
final class PoolSpreader {
    private final Organisation org;
    private final PoolBook book;
    private final Money money;
    private final List<String> warnings;

    PoolSpreader(Organisation org, PoolBook book, Money money, List<String> warnings) {
        this.org = org;
        this.book = book;
        this.money = money;
        this.warnings = warnings;
    }

    Spread spread(AllocationRule rule, Predicate<String> eligible) {
        List<String> candidates = rule.receivers().isEmpty() ? org.leaves()
                : rule.receivers().stream().sorted().distinct().toList();
        List<String> receivers = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        Map<String, BigDecimal> quantities = book.quantities(rule);
        for (String r : candidates) {
            if (r.equals(rule.costCenter()) || !eligible.test(r)) {
                continue;
            }
            BigDecimal w = rule.basis() == Basis.EVEN ? BigDecimal.ONE : quantities.getOrDefault(r, BigDecimal.ZERO);
            if (w.signum() > 0) {
                receivers.add(r);
                weights.add(w);
            }
        }
        return switch (rule.basis()) {
            case RATE -> rate(rule, receivers, weights);
            case TDABC -> tdabc(rule, receivers, weights);
            default -> weighted(rule, receivers, weights);
        };
    }

    private Spread weighted(AllocationRule rule, List<String> receivers, List<BigDecimal> weights) {
        BigDecimal remainder = receivers.isEmpty() && rule.remainderWhenNoDriver() ? BigDecimal.ONE : BigDecimal.ZERO;
        return new Spread(rule, receivers, weights, remainder, FlowKind.NO_DRIVER, null, null, money.scale());
    }

    private Spread rate(AllocationRule rule, List<String> receivers, List<BigDecimal> weights) {
        BigDecimal rate = PoolBook.rateOf(rule, org);
        long[] charges = new long[receivers.size()];
        for (int i = 0; i < charges.length; i++) {
            charges[i] = money.toMinor(rate.multiply(weights.get(i)));
        }
        return new Spread(rule, receivers, weights, BigDecimal.ZERO, FlowKind.UNDER_RECOVERY, charges, rate, money.scale());
    }

    /**
     * TDABC: receivers are weighted by time used, and unused practical capacity is a remainder weight that stays
     * with the supplier. Time that is not charged (the supplier's own use; service cost centers' use under direct)
     * counts as unused. When more time was used than the capacity, the pool is spread over the time used (nobody
     * pays above the pool) and a warning says so.
     */
    private Spread tdabc(AllocationRule rule, List<String> receivers, List<BigDecimal> weights) {
        BigDecimal capacity = PoolBook.capacityOf(rule, org);
        BigDecimal used = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (used.compareTo(capacity) > 0) {
            warnings.add(rule.describe() + ": time used " + used.toPlainString()
                    + " exceeds practical capacity " + capacity.toPlainString()
                    + "; the pool is spread over the time used and no unused capacity is reported");
        }
        BigDecimal unused = capacity.subtract(used).max(BigDecimal.ZERO);
        return new Spread(rule, receivers, weights, unused, FlowKind.UNUSED_CAPACITY, null, null, money.scale());
    }
}
