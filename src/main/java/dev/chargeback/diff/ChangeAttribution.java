package dev.chargeback.diff;

import dev.chargeback.allocation.Money;
import dev.chargeback.diff.PoolSnapshot.LineKey;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits each line's change between two runs into its causes by <b>sequential attribution</b>. A line of a pool
 * allocated by share is modelled as {@code cost x quantity / driver total} (cost = own + received); the model is
 * evaluated, each time rounded half-up to cents, as the inputs change one after the other:
 * <ol>
 * <li>m0 with every input of the first run;</li>
 * <li>m1 with the pool's own cost of the second run: {@code m1 - m0} is "pool cost";</li>
 * <li>m2 also with what the pool received from other service pools: {@code m2 - m1} is "received from service
 *     pools" (zero under direct);</li>
 * <li>m3 also with the receiver's quantity: {@code m3 - m2} is "driver quantity";</li>
 * <li>m4 also with the driver total: {@code m4 - m3} is "driver total";</li>
 * <li>"rounding" is what the ledger's largest-remainder cents add on top: {@code (to - m4) - (from - m0)}.</li>
 * </ol>
 * The parts therefore sum to {@code to - from} exactly. Under fixed shares the quantity and the total are the
 * rule's percentages, so steps 4 and 5 count as "rule or method". Under a rate card the line is {@code rate x
 * quantity}: the quantity step is "driver quantity" and the change of the standard rate "rule or method".
 * A line in one run only is "cost centers added or removed" (the receiver, or the whole pool, is new or gone); a
 * pool whose basis or driver changed, or a different method, puts the whole change under "rule or method". A line
 * without a quantity (rate under- or over-recovery, a no-driver remainder) is what is left of its pool: the pool's
 * own-cost and received changes less the parts of every other line of the pool, cause by cause; a reciprocal
 * rounding line is all "rounding".
 */
public final class ChangeAttribution {
    private static final int EXACT = 20;
    private final Money money;

    public ChangeAttribution(Money money) {
        this.money = money;
    }

    /** Every line of either run, pools in the second run's order (then pools gone), changed or not. */
    public List<DiffLine> compare(RunSnapshot from, RunSnapshot to) {
        Set<String> pools = new LinkedHashSet<>(to.pools().keySet());
        pools.addAll(from.pools().keySet());
        boolean sameMethod = from.method().equals(to.method());
        List<DiffLine> lines = new ArrayList<>();
        for (String pool : pools) {
            lines.addAll(pool(from.pools().get(pool), to.pools().get(pool), sameMethod));
        }
        return lines;
    }

    private List<DiffLine> pool(PoolSnapshot from, PoolSnapshot to, boolean sameMethod) {
        Set<LineKey> keys = new LinkedHashSet<>();
        if (to != null) {
            keys.addAll(sorted(to));
        }
        if (from != null) {
            keys.addAll(sorted(from));
        }
        boolean sameRule = sameMethod && from != null && to != null && from.rule().equals(to.rule());
        Map<LineKey, DiffLine> lines = new LinkedHashMap<>();
        List<LineKey> rest = new ArrayList<>();
        for (LineKey key : keys) {
            PostedFlow f = from == null ? null : from.flows().get(key);
            PostedFlow t = to == null ? null : to.flows().get(key);
            PoolSnapshot sender = to == null ? from : to;
            if (f == null || t == null) {
                lines.put(key, line(sender, key, f, t, Map.of(Cause.ADDED_OR_REMOVED, amount(t) - amount(f))));
            } else if (!sameRule) {
                lines.put(key, line(sender, key, f, t, Map.of(Cause.RULE_OR_METHOD, t.amount() - f.amount())));
            } else if (f.quantity() == null || t.quantity() == null) {
                rest.add(key);
            } else {
                lines.put(key, line(sender, key, f, t, steps(from, to, f, t)));
            }
        }
        for (LineKey key : rest) {
            lines.put(key, rest(from, to, key, lines.values()));
        }
        List<DiffLine> ordered = new ArrayList<>();
        keys.forEach(k -> ordered.add(lines.get(k)));
        return ordered;
    }

    /** A pool's flows by receiver, then kind: allocations and remainders of one receiver side by side. */
    private static List<LineKey> sorted(PoolSnapshot pool) {
        return pool.flows().keySet().stream().sorted(java.util.Comparator.comparing(LineKey::receiver)
                .thenComparing(LineKey::kind)).toList();
    }

    private Map<Cause, Long> steps(PoolSnapshot from, PoolSnapshot to, PostedFlow f, PostedFlow t) {
        Map<Cause, Long> parts = new EnumMap<>(Cause.class);
        long m0;
        long m4;
        if ("rate".equals(to.basis()) && f.rate() != null && t.rate() != null) {
            m0 = money.toMinor(f.rate().multiply(f.quantity()));
            long m3 = money.toMinor(f.rate().multiply(t.quantity()));
            m4 = money.toMinor(t.rate().multiply(t.quantity()));
            parts.put(Cause.DRIVER_QUANTITY, m3 - m0);
            parts.put(Cause.RULE_OR_METHOD, m4 - m3);
        } else {
            m0 = share(from.cost(), f.quantity(), from.driverTotal());
            long m1 = share(to.own() + from.received(), f.quantity(), from.driverTotal());
            long m2 = share(to.cost(), f.quantity(), from.driverTotal());
            long m3 = share(to.cost(), t.quantity(), from.driverTotal());
            m4 = share(to.cost(), t.quantity(), to.driverTotal());
            boolean fixed = "fixed".equals(to.basis());
            parts.put(Cause.POOL_COST, m1 - m0);
            parts.put(Cause.RECEIVED, m2 - m1);
            parts.merge(fixed ? Cause.RULE_OR_METHOD : Cause.DRIVER_QUANTITY, m3 - m2, Long::sum);
            parts.merge(fixed ? Cause.RULE_OR_METHOD : Cause.DRIVER_TOTAL, m4 - m3, Long::sum);
        }
        parts.put(Cause.ROUNDING, (t.amount() - m4) - (f.amount() - m0));
        return parts;
    }

    /** cost x quantity / total, rounded half-up to minor units once (0 when the total is zero). */
    private long share(long cost, BigDecimal quantity, BigDecimal total) {
        if (total.signum() == 0) {
            return 0;
        }
        BigDecimal exact = money.toDecimal(cost).multiply(quantity).divide(total, EXACT, RoundingMode.HALF_EVEN);
        return money.toMinor(exact);
    }

    /**
     * A line without a quantity: what its pool keeps beside the other lines. Its parts are the pool's own-cost and
     * received changes less every other line's parts; what does not add up (other remainder lines) is rounding.
     */
    private DiffLine rest(PoolSnapshot from, PoolSnapshot to, LineKey key, Iterable<DiffLine> others) {
        PostedFlow f = from.flows().get(key);
        PostedFlow t = to.flows().get(key);
        Map<Cause, Long> parts = new EnumMap<>(Cause.class);
        if (key.kind() != dev.chargeback.allocation.FlowKind.ROUNDING) {
            parts.put(Cause.POOL_COST, to.own() - from.own());
            parts.put(Cause.RECEIVED, to.received() - from.received());
            for (DiffLine other : others) {
                other.parts().forEach((cause, part) -> parts.merge(cause, -part, Long::sum));
            }
        }
        long sum = parts.values().stream().mapToLong(Long::longValue).sum();
        parts.merge(Cause.ROUNDING, (t.amount() - f.amount()) - sum, Long::sum);
        return line(to, key, f, t, parts);
    }

    private static DiffLine line(PoolSnapshot pool, LineKey key, PostedFlow f, PostedFlow t, Map<Cause, Long> parts) {
        return new DiffLine(pool.pool(), pool.sender(), key.receiver(), key.kind(), amount(f), amount(t), parts);
    }

    private static long amount(PostedFlow flow) {
        return flow == null ? 0 : flow.amount();
    }
}
