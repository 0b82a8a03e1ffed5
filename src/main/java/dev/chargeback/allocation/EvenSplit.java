package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code even}: every eligible receiver takes the same share.
 *
 * @param remainderWhenNoDriver {@code on_no_driver: remainder}: a pool with no eligible receiver stays with the
 *                              supplier as a NO_DRIVER remainder instead of being an error
 */
public record EvenSplit(boolean remainderWhenNoDriver) implements AllocationBasis {
    public static final String WORD = "even";

    static EvenSplit from(BasisSettings settings) {
        return new EvenSplit(settings.remainderWhenNoDriver());
    }

    @Override
    public String word() {
        return WORD;
    }

    @Override
    public List<String> problems(AllocationRule rule, RuleContext context) {
        return List.of();
    }

    /** One for each candidate receiver. */
    @Override
    public Map<String, BigDecimal> quantities(AllocationRule rule, QuantitySource source) {
        Map<String, BigDecimal> ones = new TreeMap<>();
        source.candidates(rule).forEach(r -> ones.put(r, BigDecimal.ONE));
        return ones;
    }

    @Override
    public PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context) {
        return PoolSpread.weighted(rule, receivers, noDriverWeight(receivers, remainderWhenNoDriver),
                FlowKind.NO_DRIVER, false, context.money());
    }

    /** The whole pool as remainder weight when nobody receives and the rule keeps a driverless pool. */
    static BigDecimal noDriverWeight(List<PoolSpread.Share> receivers, boolean remainderWhenNoDriver) {
        return receivers.isEmpty() && remainderWhenNoDriver ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
