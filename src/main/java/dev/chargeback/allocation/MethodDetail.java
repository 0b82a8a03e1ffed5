package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The working of a run, so that a cost accountant can redo it by hand: the order pools were closed in, the
 * reciprocal equations and their solution, and the TDABC and rate figures.
 */
public record MethodDetail(String method, List<String> stepOrder, String stepOrderSource, Reciprocal reciprocal,
                           List<Tdabc> tdabc, List<RateCard> rates) {

    /**
     * Full cost F = own + constant inflows + A^T F: {@code shares.get(i)} maps each pool j that receives from pool i
     * to the fraction of pool i's full cost it receives (rows are sparse: absent means zero).
     */
    public record Reciprocal(List<String> pools, List<BigDecimal> own, List<BigDecimal> constantInflows,
                             List<java.util.Map<String, BigDecimal>> shares, List<BigDecimal> solution) {
    }

    /** TDABC: capacity cost rate = cost / practical capacity (never rounded before multiplying). */
    public record Tdabc(String pool, String costCenter, BigDecimal cost, BigDecimal capacity, BigDecimal used,
                        BigDecimal rate, BigDecimal unusedTime, long unusedAmount, boolean overCapacity) {
    }

    /** Rate basis: what rate x quantity recovered against the pool. */
    public record RateCard(String pool, String costCenter, BigDecimal rate, BigDecimal quantity, long poolTotal,
                           long charged, long recovery, String recoveryTo) {
    }
}
