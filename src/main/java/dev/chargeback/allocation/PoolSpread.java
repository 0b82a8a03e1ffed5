package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How one pool spreads over its eligible receivers, whatever its basis: each receiver's amount is either a fixed
 * charge (minor units, e.g. standard rate x quantity) or a fraction of the pool's total (its weight over the total
 * weight, which includes the remainder weight: TDABC unused capacity, or the whole pool when a rule keeps a
 * driverless pool). Fractions are split by largest remainder. What charges leave of the pool goes to the
 * {@code recoveryHolder} (under- or over-recovery); without one, what fixed amounts leave is rounding residue.
 *
 * @param remainderKind  the kind of the remainder weight's flow (kept by the supplier)
 * @param recoveryHolder who takes what the charges leave, or null when the pool has no charges
 * @param standardRate   the rate shown beside charges (null: none)
 * @param showsUnitCost  whether flows show the pool's cost per unit of quantity (total / total weight)
 * @param scale          the currency's minor-unit scale (for the shown cost per unit)
 */
record PoolSpread(AllocationRule rule, List<Share> shares, BigDecimal remainderWeight, FlowKind remainderKind,
                  String recoveryHolder, BigDecimal standardRate, boolean showsUnitCost, int scale) {

    static final MathContext PRECISION = new MathContext(40);

    /** One receiver: its quantity (weight) and, for a fixed charge, the amount in minor units (else null). */
    record Share(String receiver, BigDecimal quantity, Long charge) {

        Share(String receiver, BigDecimal quantity) {
            this(receiver, quantity, null);
        }

        boolean isCharge() {
            return charge != null;
        }
    }

    PoolSpread {
        shares = List.copyOf(shares);
    }

    /** A spread in which every receiver takes a fraction of the total. */
    static PoolSpread weighted(AllocationRule rule, List<Share> shares, BigDecimal remainderWeight,
                               FlowKind remainderKind, boolean showsUnitCost, Money money) {
        return new PoolSpread(rule, shares, remainderWeight, remainderKind, null, null, showsUnitCost, money.scale());
    }

    /** No receiver, no remainder and nobody to take what is left: a pool with cost here cannot be allocated. */
    boolean isEmpty() {
        return shares.isEmpty() && remainderWeight.signum() == 0 && recoveryHolder == null;
    }

    /** Whatever its receivers take, the rest of this pool leaves the service pools (as recovery). */
    boolean keepsWhatChargesLeave() {
        return recoveryHolder != null;
    }

    /** The weights of the fractions plus the remainder weight. */
    BigDecimal totalWeight() {
        return shares.stream().filter(s -> !s.isCharge()).map(Share::quantity).reduce(remainderWeight, BigDecimal::add);
    }

    /** Fraction of the pool's total that receiver i gets (receivers without a fixed charge). */
    BigDecimal fraction(int i) {
        return shares.get(i).quantity().divide(totalWeight(), PRECISION);
    }

    /** Exactly: does part of this pool's fractions go to receivers outside {@code pools}? */
    boolean leaksBeyond(Predicate<String> pools) {
        BigDecimal toPools = BigDecimal.ZERO;
        for (Share s : shares) {
            if (!s.isCharge() && pools.test(s.receiver())) {
                toPools = toPools.add(s.quantity());
            }
        }
        return toPools.compareTo(totalWeight()) < 0;
    }

    /** Share of this pool (by charge or weight, remainder included) that goes to {@code receivers}. */
    BigDecimal shareOf(Predicate<String> receivers) {
        BigDecimal to = BigDecimal.ZERO;
        BigDecimal all = remainderWeight;
        for (Share s : shares) {
            BigDecimal w = s.isCharge() ? BigDecimal.valueOf(s.charge()) : s.quantity();
            all = all.add(w);
            if (receivers.test(s.receiver())) {
                to = to.add(w);
            }
        }
        return all.signum() == 0 ? BigDecimal.ZERO : to.divide(all, MathContext.DECIMAL128);
    }

    /** The flows of this pool for a total in minor units: receivers in id order, then the remainders. */
    List<Flow> flows(long total, int stage) {
        return flows(total, stage, Map.of());
    }

    /**
     * As {@link #flows(long, int)}, with some receivers' amounts already fixed (reciprocal: flows to other service
     * pools). The rest of the total is split by largest remainder over the other fractions and the remainder weight.
     * Sums are exact: an amount beyond a {@code long} throws {@link ArithmeticException}.
     */
    List<Flow> flows(long total, int stage, Map<Integer, Long> fixed) {
        List<Flow> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        long[] parts = new long[shares.size()];
        long remainderPart = split(total, fixed, parts);
        BigDecimal shownRate = shownRate(total);
        long given = remainderPart;
        for (int i = 0; i < parts.length; i++) {
            given = Math.addExact(given, parts[i]);
            add(out, stage, FlowKind.ALLOCATION, shares.get(i).receiver(), shares.get(i).quantity(), shownRate, parts[i]);
        }
        add(out, stage, remainderKind, rule.costCenter(), remainderWeight, shownRate, remainderPart);
        long rest = Math.subtractExact(total, given);
        if (recoveryHolder != null) {
            add(out, stage, rest >= 0 ? FlowKind.UNDER_RECOVERY : FlowKind.OVER_RECOVERY, recoveryHolder, null, null, rest);
        } else {
            add(out, stage, FlowKind.ROUNDING, rule.costCenter(), null, null, rest);
        }
        return out;
    }

    /** Fills the receivers' parts; returns the remainder weight's part. */
    private long split(long total, Map<Integer, Long> fixed, long[] parts) {
        long residual = total;
        List<Integer> free = new ArrayList<>();
        List<BigDecimal> freeWeights = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Share s = shares.get(i);
            Long amount = s.isCharge() ? s.charge() : fixed.get(i);
            if (amount != null) {
                parts[i] = amount;
                residual = Math.subtractExact(residual, amount);
            } else {
                free.add(i);
                freeWeights.add(s.quantity());
            }
        }
        freeWeights.add(remainderWeight);
        if (freeWeights.stream().noneMatch(w -> w.signum() > 0)) {
            return 0;
        }
        long[] split = Apportionment.largestRemainder(residual, freeWeights);
        for (int k = 0; k < free.size(); k++) {
            parts[free.get(k)] = split[k];
        }
        return split[free.size()];
    }

    /** Rate per unit as shown in allocations.csv (6 decimals; the amounts never use this rounded figure). */
    private BigDecimal shownRate(long total) {
        if (standardRate != null) {
            return standardRate;
        }
        if (!showsUnitCost || totalWeight().signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).movePointLeft(scale).divide(totalWeight(), 6, RoundingMode.HALF_UP);
    }

    private void add(List<Flow> out, int stage, FlowKind kind, String receiver, BigDecimal quantity, BigDecimal rate,
                     long amount) {
        if (amount == 0) {
            return;
        }
        String driver = rule.driver() == null ? "" : rule.driver().toString();
        out.add(new Flow(stage, kind, rule.ruleNo(), rule.poolId(), rule.costCenter(), receiver,
                rule.service() == null ? "" : rule.service(), rule.basis(), driver, quantity, rate, amount));
    }
}
