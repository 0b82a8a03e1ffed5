package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * How one pool spreads over its eligible receivers. Weighted bases (proportional, fixed, even, tdabc) split the
 * pool's total by largest remainder over the receivers' weights plus an optional remainder weight (TDABC unused
 * capacity, or the whole pool when a rule keeps a driverless pool); the rate basis charges fixed amounts and keeps
 * the difference as under- or over-recovery.
 */
record Spread(AllocationRule rule, List<String> receivers, List<BigDecimal> weights, BigDecimal remainderWeight,
              FlowKind remainderKind, long[] charges, BigDecimal unitRate, int scaleHint) {

    static final MathContext PRECISION = new MathContext(40);

    boolean isRate() {
        return charges != null;
    }

    /** No receiver and no remainder: a pool with cost here cannot be allocated. */
    boolean isEmpty() {
        return !isRate() && receivers.isEmpty() && remainderWeight.signum() == 0;
    }

    BigDecimal totalWeight() {
        return weights.stream().reduce(remainderWeight, BigDecimal::add);
    }

    /** Fraction of the pool's total that receiver i gets (weighted bases only). */
    BigDecimal fraction(int i) {
        return weights.get(i).divide(totalWeight(), PRECISION);
    }

    /** The flows of this pool for a total in minor units: receivers in id order, then the remainder. */
    List<Flow> flows(long total, int stage, String recoveryTarget) {
        return flows(total, stage, recoveryTarget, java.util.Map.of());
    }

    /**
     * As {@link #flows(long, int, String)}, with some receivers' amounts already fixed (reciprocal: flows to other
     * service pools). The rest of the total is split by largest remainder over the other receivers and the remainder
     * weight; when there are none, it is a {@code ROUNDING} remainder kept by the supplier.
     */
    List<Flow> flows(long total, int stage, String recoveryTarget, java.util.Map<Integer, Long> fixed) {
        List<Flow> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        long[] parts = isRate() ? charges : split(total, fixed);
        BigDecimal shownRate = shownRate(total);
        long given = 0;
        for (int i = 0; i < receivers.size(); i++) {
            given += parts[i];
            add(out, stage, FlowKind.ALLOCATION, receivers.get(i), weights.get(i), shownRate, parts[i]);
        }
        long rest = total - given;
        if (isRate()) {
            add(out, stage, rest >= 0 ? FlowKind.UNDER_RECOVERY : FlowKind.OVER_RECOVERY,
                    recoveryTarget, null, null, rest);
        } else if (remainderWeight.signum() > 0 || fixed.isEmpty()) {
            add(out, stage, remainderKind, rule.costCenter(), remainderWeight, shownRate, rest);
        } else {
            add(out, stage, FlowKind.ROUNDING, rule.costCenter(), null, null, rest);
        }
        return out;
    }

    private long[] split(long total, java.util.Map<Integer, Long> fixed) {
        long[] parts = new long[receivers.size()];
        long residual = total;
        List<Integer> free = new ArrayList<>();
        List<BigDecimal> freeWeights = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Long f = fixed.get(i);
            if (f != null) {
                parts[i] = f;
                residual -= f;
            } else {
                free.add(i);
                freeWeights.add(weights.get(i));
            }
        }
        freeWeights.add(remainderWeight);
        if (freeWeights.stream().anyMatch(w -> w.signum() > 0)) {
            long[] shares = Apportionment.largestRemainder(residual, freeWeights);
            for (int k = 0; k < free.size(); k++) {
                parts[free.get(k)] = shares[k];
            }
        }
        return parts;
    }

    /** Cost per driver unit as shown in allocations.csv (6 decimals; the amounts never use this rounded figure). */
    private BigDecimal shownRate(long total) {
        if (isRate()) {
            return unitRate;
        }
        if (rule.basis() != Basis.PROPORTIONAL && rule.basis() != Basis.TDABC || totalWeight().signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).movePointLeft(scaleHint).divide(totalWeight(), 6, java.math.RoundingMode.HALF_UP);
    }

    private void add(List<Flow> out, int stage, FlowKind kind, String receiver, BigDecimal quantity, BigDecimal rate,
                     long amount) {
        if (amount == 0) {
            return;
        }
        String driver = rule.driver() == null ? "" : rule.driver().toString();
        out.add(new Flow(stage, kind, rule.ruleNo(), rule.poolId(), rule.costCenter(), receiver,
                rule.service() == null ? "" : rule.service(), rule.basis(), driver, quantity,
                rate, amount));
    }
}
