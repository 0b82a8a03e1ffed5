package dev.chargeback.lineage;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arithmetic of one flow, rebuilt from its pool's posted flows: what the engine split (the pool's total less the
 * amounts fixed before the split), by which quantities, and how the exact share was rounded. The divisor is the sum
 * of the quantities that shared the split: the receivers' flows and the remainder kept by the supplier (unused
 * capacity, no driver). A receiver whose share rounded to nothing has no flow; such a pool is flagged by
 * {@link #recomputes}.
 */
final class PoolArithmetic {
    private static final MathContext EXACT = new MathContext(34);
    private static final int SHOWN_DECIMALS = 10;

    private final PoolResult pool;
    private final List<PostedFlow> flows;
    private final Set<String> poolCenters;
    private final boolean reciprocal;
    private final int scale;

    /**
     * @param poolCenters the cost centers that have a pool in the run (under reciprocal their flows are fixed first)
     */
    PoolArithmetic(PoolResult pool, List<PostedFlow> flows, Set<String> poolCenters, boolean reciprocal, int scale) {
        this.pool = pool;
        this.flows = flows;
        this.poolCenters = poolCenters;
        this.reciprocal = reciprocal;
        this.scale = scale;
    }

    Explanation.Arithmetic of(PostedFlow posted, BigDecimal fullCost) {
        PostedFlow flow = new PostedFlow(posted.flowNo(), posted.stage(), posted.kind(), posted.ruleNo(), posted.pool(),
                posted.sender(), posted.receiver(), posted.service(), posted.basis(), posted.driver(),
                strip(posted.quantity()), strip(posted.rate()), posted.amount());
        return arithmetic(flow, fullCost, money(flow.amount()));
    }

    private static BigDecimal strip(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    private Explanation.Arithmetic arithmetic(PostedFlow flow, BigDecimal fullCost, BigDecimal posted) {
        if ("rate".equals(flow.basis())) {
            BigDecimal exact = flow.rate().multiply(flow.quantity());
            return new Explanation.Arithmetic("standard rate", flow.rate(), List.of(), flow.quantity(), "1",
                    BigDecimal.ONE, shown(exact), posted, "half-up");
        }
        if (isFixed(flow) && fullCost != null) {
            BigDecimal divisor = weights(true);
            return new Explanation.Arithmetic("full cost of " + pool.pool() + " (reciprocal solution)", fullCost,
                    List.of(), flow.quantity(), "quantities of every receiver and remainder", divisor,
                    shown(fullCost.multiply(flow.quantity()).divide(divisor, EXACT)), posted, "half-even");
        }
        List<Explanation.Fixed> fixed = new ArrayList<>();
        long residual = pool.total();
        for (PostedFlow f : flows) {
            if (isFixed(f)) {
                fixed.add(new Explanation.Fixed(f.flowNo(), f.receiver(), money(f.amount())));
                residual -= f.amount();
            }
        }
        BigDecimal base = money(residual);
        BigDecimal divisor = weights(false);
        BigDecimal exact = base.multiply(flow.quantity()).divide(divisor, EXACT);
        BigDecimal floor = exact.setScale(scale, RoundingMode.FLOOR);
        String rounding = posted.compareTo(floor) == 0 ? "largest-remainder-down" : "largest-remainder-up";
        return new Explanation.Arithmetic(fixed.isEmpty() ? "pool total" : "pool total less the amounts fixed first",
                base, fixed, flow.quantity(), fixed.isEmpty() ? "quantities of every receiver and remainder"
                : "quantities of the receivers that share the rest, and remainder", divisor, shown(exact), posted,
                rounding);
    }

    /** Whether the printed figures give the posted amount with the rounding named (one cent at most). */
    static boolean recomputes(Explanation.Arithmetic a, int scale) {
        BigDecimal exact = a.base().multiply(a.quantity()).divide(a.divisor(), EXACT);
        BigDecimal expected = switch (a.rounding()) {
            case "half-up" -> exact.setScale(scale, RoundingMode.HALF_UP);
            case "half-even" -> exact.setScale(scale, RoundingMode.HALF_EVEN);
            case "largest-remainder-down" -> exact.setScale(scale, RoundingMode.FLOOR);
            default -> exact.setScale(scale, RoundingMode.FLOOR).add(BigDecimal.ONE.movePointLeft(scale));
        };
        return expected.compareTo(a.posted()) == 0;
    }

    /** Under reciprocal, a flow into another service pool is set first: its exact share of the full cost. */
    private boolean isFixed(PostedFlow f) {
        return reciprocal && f.kind() == FlowKind.ALLOCATION && poolCenters.contains(f.receiver());
    }

    /** The quantities that shared the split (all receivers when {@code all}, else those not fixed) and remainders. */
    private BigDecimal weights(boolean all) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PostedFlow f : flows) {
            boolean shares = f.kind() == FlowKind.ALLOCATION ? all || !isFixed(f)
                    : f.kind() == FlowKind.UNUSED_CAPACITY || f.kind() == FlowKind.NO_DRIVER;
            if (shares && f.quantity() != null) {
                sum = sum.add(f.quantity());
            }
        }
        return sum.stripTrailingZeros();
    }

    private BigDecimal money(long minor) {
        return BigDecimal.valueOf(minor, scale);
    }

    private static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }
}
