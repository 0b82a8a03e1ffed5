package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code fixed}: percentages per receiver ({@code shares:}, summing to 100). Receivers a method leaves out (a
 * service cost center under direct, a closed one under step-down) drop out and the others' shares are renormalised.
 *
 * @param remainderWhenNoDriver {@code on_no_driver: remainder}: a pool none of whose receivers is eligible stays
 *                              with the supplier as a NO_DRIVER remainder instead of being an error
 */
public record FixedShares(Map<String, BigDecimal> shares, boolean remainderWhenNoDriver) implements AllocationBasis {
    public static final String WORD = "fixed";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FixedShares {
        shares = Map.copyOf(shares);
    }

    static FixedShares from(BasisSettings settings) {
        Map<String, BigDecimal> shares = settings.numbers("shares", "share");
        boolean remainder = settings.remainderWhenNoDriver();
        if (shares.isEmpty()) {
            settings.problem("basis fixed needs `shares:` (percent per receiver, summing to 100)");
            return null;
        }
        return new FixedShares(shares, remainder);
    }

    @Override
    public String word() {
        return WORD;
    }

    @Override
    public List<String> problems(AllocationRule rule, RuleContext context) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(shares).forEach((receiver, percent) -> {
            String leaf = context.leafProblem(receiver, "share receiver");
            if (leaf != null) {
                problems.add(leaf);
            }
            if (percent.signum() < 0) {
                problems.add("share of " + receiver + " is negative (" + percent.toPlainString() + ")");
            }
        });
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            problems.add("shares sum to " + sum.toPlainString() + ", not 100");
        }
        return problems;
    }

    /** The positive shares. */
    @Override
    public Map<String, BigDecimal> quantities(AllocationRule rule, QuantitySource source) {
        Map<String, BigDecimal> q = new TreeMap<>();
        shares.forEach((receiver, percent) -> {
            if (percent.signum() > 0) {
                q.put(receiver, percent);
            }
        });
        return q;
    }

    @Override
    public PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context) {
        return PoolSpread.weighted(rule, receivers, EvenSplit.noDriverWeight(receivers, remainderWhenNoDriver),
                FlowKind.NO_DRIVER, false, context.money());
    }
}
