package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Methods that close pools one after another: {@code direct} (pools in rules order, only operating cost centers
 * receive) and {@code step-down} (cost centers in step order; a closed cost center receives nothing more and its
 * share goes to the others). Step-down is also how cascades are written: a pool may send to service cost centers
 * whose pools close later, and what they received is part of what they pass on, stage by stage.
 */
final class SequentialAllocation {
    private final AllocationInput input;
    private final Organisation org;
    private final PoolBook book;
    private final PoolSpreader spreader;
    private final PoolLedger ledger;
    private final Map<String, Long> received = new HashMap<>();

    SequentialAllocation(AllocationInput input, Organisation org, PoolBook book, PoolSpreader spreader,
                         PoolLedger ledger) {
        this.input = input;
        this.org = org;
        this.book = book;
        this.spreader = spreader;
        this.ledger = ledger;
    }

    /** Pools in rules order; service cost centers receive nothing (their use of each other is ignored). */
    void direct(List<String> warnings) {
        for (AllocationRule rule : input.pools()) {
            rule.receivers().stream().filter(org::isService).forEach(r -> warnings.add(rule.describe()
                    + ": receiver " + r + " is a SERVICE cost center and receives nothing under method direct"));
            close(rule, 1, r -> !org.isService(r));
        }
    }

    /** Closes cost centers in step order; returns the order used. */
    List<String> stepDown(List<String> order) {
        Set<String> closed = new HashSet<>();
        int stage = 0;
        for (String costCenter : order) {
            stage++;
            closed.add(costCenter);
            for (AllocationRule rule : input.pools()) {
                if (rule.costCenter().equals(costCenter)) {
                    close(rule, stage, r -> !closed.contains(r) && (!org.isService(r) || book.receivingPool(r) != null));
                }
            }
        }
        return order;
    }

    /**
     * The default step order: cost centers by the share of their service given to other service cost centers,
     * largest first (weighted by pool cost when a cost center has several pools), ties by id.
     */
    List<String> defaultStepOrder() {
        Map<String, BigDecimal[]> given = new HashMap<>();
        for (AllocationRule rule : input.pools()) {
            PoolSpread s = exactly(rule, () -> spreader.spread(rule, r -> !org.isService(r) || book.receivingPool(r) != null));
            BigDecimal share = s.shareOf(org::isService);
            BigDecimal weight = BigDecimal.valueOf(book.own(rule)).abs().add(BigDecimal.ONE);
            BigDecimal[] acc = given.computeIfAbsent(rule.costCenter(), k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            acc[0] = acc[0].add(share.multiply(weight));
            acc[1] = acc[1].add(weight);
        }
        Map<String, BigDecimal> share = new HashMap<>();
        given.forEach((cc, acc) -> share.put(cc, acc[0].divide(acc[1], MathContext.DECIMAL128)));
        return share.keySet().stream()
                .sorted(Comparator.comparing((String cc) -> share.get(cc), Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private void close(AllocationRule rule, int stage, Predicate<String> eligible) {
        long own = book.own(rule);
        long in = book.receivingPool(rule.costCenter()) == rule ? received.getOrDefault(rule.costCenter(), 0L) : 0L;
        PoolSpread spread = exactly(rule, () -> spreader.spread(rule, eligible));
        long total = exactly(rule, () -> Math.addExact(own, in));
        if (spread.isEmpty() && total != 0) {
            throw new AllocationException(input.rules().where(rule) + ": no eligible receiver has a quantity of "
                    + (rule.driver() == null ? rule.basis().word() : rule.driver()) + " in " + input.period()
                    + "; supply driver data, widen `receivers`, or set `on_no_driver: remainder`");
        }
        List<Flow> flows = exactly(rule, () -> ledger.record(spread, stage, own, in, spread.flows(total, stage)));
        for (Flow f : flows) {
            if (f.kind() == FlowKind.ALLOCATION && org.isService(f.receiver())) {
                exactly(rule, () -> received.merge(f.receiver(), f.amount(), Math::addExact));
            }
        }
    }

    /** Runs {@code work}; an amount beyond what the ledger holds becomes an error naming the pool. */
    private <T> T exactly(AllocationRule rule, java.util.function.Supplier<T> work) {
        return Allocator.exactly(input.rules().where(rule), work);
    }
}
