package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reciprocal method: every service pool's full cost (own cost plus what it receives from the other service
 * pools) solves F = c + A^T F, and is spread to all receivers.
 *
 * <p>Rounding, once: each flow into another service pool is its exact share of the solved full cost, rounded half
 * even to the minor unit. A pool's total is then its own cost plus the rounded flows it received, so every service
 * pool clears to the cent; what is left after its flows to service pools is split by largest remainder over its
 * other receivers (and unused capacity).
 */
final class ReciprocalAllocation {
    private final AllocationInput input;
    private final Organisation org;
    private final PoolBook book;
    private final PoolSpreader spreader;
    private final PoolLedger ledger;
    private final Money money;

    ReciprocalAllocation(AllocationInput input, Organisation org, PoolBook book, PoolSpreader spreader,
                         PoolLedger ledger, Money money) {
        this.input = input;
        this.org = org;
        this.book = book;
        this.spreader = spreader;
        this.ledger = ledger;
        this.money = money;
    }

    MethodDetail.Reciprocal allocate() {
        List<AllocationRule> rules = input.pools();
        int n = rules.size();
        List<PoolSpread> spreads = new ArrayList<>();
        for (AllocationRule rule : rules) {
            spreads.add(Allocator.exactly(input.rules().where(rule),
                    () -> spreader.spread(rule, r -> !org.isService(r) || book.receivingPool(r) != null)));
        }
        List<Map<Integer, BigDecimal>> a = new ArrayList<>();
        BigDecimal[] own = new BigDecimal[n];
        BigDecimal[] constant = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            own[i] = money.toDecimal(book.own(rules.get(i)));
            constant[i] = BigDecimal.ZERO;
            a.add(new TreeMap<>());
        }
        for (int i = 0; i < n; i++) {
            PoolSpread s = spreads.get(i);
            for (int k = 0; k < s.shares().size(); k++) {
                PoolSpread.Share share = s.shares().get(k);
                Integer j = poolIndex(share.receiver());
                if (j == null) {
                    continue;
                }
                if (share.isCharge()) {
                    constant[j] = constant[j].add(money.toDecimal(share.charge()));
                } else {
                    a.get(i).merge(j, s.fraction(k), BigDecimal::add);
                }
            }
        }
        refuseClosedCircles(spreads, a);
        BigDecimal[] c = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            c[i] = own[i].add(constant[i]);
        }
        BigDecimal[] full = ReciprocalSolver.solve(a, c);
        post(spreads, full);
        return detail(a, own, constant, full);
    }

    private Integer poolIndex(String costCenter) {
        AllocationRule target = org.isService(costCenter) ? book.receivingPool(costCenter) : null;
        return target == null ? null : input.pools().indexOf(target);
    }

    private void post(List<PoolSpread> spreads, BigDecimal[] full) {
        int n = spreads.size();
        List<Map<Integer, Long>> fixed = new ArrayList<>();
        long[] received = new long[n];
        for (int i = 0; i < n; i++) {
            int sender = i;
            fixed.add(exactly(sender, () -> toPools(spreads.get(sender), full[sender], received)));
        }
        for (int i = 0; i < n; i++) {
            PoolSpread s = spreads.get(i);
            AllocationRule rule = s.rule();
            long own = book.own(rule);
            long in = received[i];
            long total = exactly(i, () -> Math.addExact(own, in));
            if (s.isEmpty() && total != 0) {
                throw new AllocationException(input.rules().where(rule) + ": no receiver has a quantity of "
                        + rule.driver() + " in " + input.period() + "; supply driver data or set `on_no_driver: remainder`");
            }
            Map<Integer, Long> toPools = fixed.get(i);
            exactly(i, () -> ledger.record(s, 1, own, in, s.flows(total, 1, toPools)));
        }
    }

    /**
     * The amounts of one pool to other service pools: its fixed charges, or its exact share of its full cost rounded
     * half even. Adds them to what each receiving pool received.
     */
    private Map<Integer, Long> toPools(PoolSpread s, BigDecimal full, long[] received) {
        Map<Integer, Long> toPools = new HashMap<>();
        for (int k = 0; k < s.shares().size(); k++) {
            PoolSpread.Share share = s.shares().get(k);
            Integer j = poolIndex(share.receiver());
            if (j == null) {
                continue;
            }
            long amount = share.isCharge() ? share.charge() : money.roundShare(s.fraction(k).multiply(full));
            toPools.put(k, amount);
            received[j] = Math.addExact(received[j], amount);
        }
        return toPools;
    }

    /** Runs {@code work} for pool i; an amount beyond what the ledger holds becomes an error naming the pool. */
    private <T> T exactly(int i, java.util.function.Supplier<T> work) {
        return Allocator.exactly(input.rules().where(input.pools().get(i)), work);
    }

    /**
     * A set of service pools that only serve each other (nothing leaves the set to an operating cost center or a
     * remainder) has no solution: its cost would circle for ever. Refused with the pools named.
     */
    private void refuseClosedCircles(List<PoolSpread> spreads, List<Map<Integer, BigDecimal>> a) {
        int n = spreads.size();
        boolean[] reachesOut = new boolean[n];
        Map<Integer, List<Integer>> sendersTo = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            PoolSpread s = spreads.get(i);
            if (s.keepsWhatChargesLeave() || s.isEmpty() || s.leaksBeyond(r -> poolIndex(r) != null)) {
                reachesOut[i] = true;
                queue.add(i);
            }
            for (int j : a.get(i).keySet()) {
                sendersTo.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
            }
        }
        while (!queue.isEmpty()) {
            for (int sender : sendersTo.getOrDefault(queue.poll(), List.of())) {
                if (!reachesOut[sender]) {
                    reachesOut[sender] = true;
                    queue.add(sender);
                }
            }
        }
        TreeSet<String> circle = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (!reachesOut[i]) {
                circle.add(input.pools().get(i).poolId());
            }
        }
        if (!circle.isEmpty()) {
            throw new AllocationException("reciprocal: service pools " + String.join(", ", circle)
                    + " only serve each other, so their cost never reaches an operating cost center and the equations"
                    + " have no solution; let at least one of them serve an operating cost center");
        }
    }

    private MethodDetail.Reciprocal detail(List<Map<Integer, BigDecimal>> a, BigDecimal[] own, BigDecimal[] constant,
                                           BigDecimal[] full) {
        List<String> ids = input.pools().stream().map(AllocationRule::poolId).toList();
        List<Map<String, BigDecimal>> shares = new ArrayList<>();
        for (Map<Integer, BigDecimal> row : a) {
            Map<String, BigDecimal> named = new LinkedHashMap<>();
            row.forEach((j, v) -> named.put(ids.get(j), v.round(new java.math.MathContext(20)).stripTrailingZeros()));
            shares.add(named);
        }
        List<BigDecimal> solution = new ArrayList<>();
        for (BigDecimal f : full) {
            solution.add(f.setScale(money.scale() + 6, RoundingMode.HALF_UP));
        }
        return new MethodDetail.Reciprocal(ids, List.of(own), List.of(constant), shares, solution);
    }
}
