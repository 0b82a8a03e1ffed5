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
        List<AllocationRule> rules = input.rules();
        int n = rules.size();
        List<Spread> spreads = new ArrayList<>();
        for (AllocationRule rule : rules) {
            spreads.add(spreader.spread(rule, r -> !org.isService(r) || book.receivingPool(r) != null));
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
            Spread s = spreads.get(i);
            for (int k = 0; k < s.receivers().size(); k++) {
                Integer j = poolIndex(s.receivers().get(k));
                if (j == null) {
                    continue;
                }
                if (s.isRate()) {
                    constant[j] = constant[j].add(money.toDecimal(s.charges()[k]));
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
        return target == null ? null : input.rules().indexOf(target);
    }

    private void post(List<Spread> spreads, BigDecimal[] full) {
        int n = spreads.size();
        List<Map<Integer, Long>> fixed = new ArrayList<>();
        long[] received = new long[n];
        for (int i = 0; i < n; i++) {
            Spread s = spreads.get(i);
            Map<Integer, Long> toPools = new HashMap<>();
            for (int k = 0; k < s.receivers().size(); k++) {
                Integer j = poolIndex(s.receivers().get(k));
                if (j == null) {
                    continue;
                }
                long amount = s.isRate() ? s.charges()[k]
                        : money.roundShare(s.fraction(k).multiply(full[i]));
                toPools.put(k, amount);
                received[j] += amount;
            }
            fixed.add(toPools);
        }
        for (int i = 0; i < n; i++) {
            Spread s = spreads.get(i);
            AllocationRule rule = s.rule();
            long own = book.own(rule);
            long total = own + received[i];
            if (s.isEmpty() && total != 0) {
                throw new AllocationException(rule.describe() + ": no receiver has a quantity of " + rule.driver()
                        + " in " + input.period() + "; supply driver data or set `on_no_driver: remainder`");
            }
            String target = rule.recoveryTo() == null ? rule.costCenter() : rule.recoveryTo();
            ledger.record(s, 1, own, received[i], s.flows(total, 1, target, fixed.get(i)));
        }
    }

    /**
     * A set of service pools that only serve each other (nothing leaves the set to an operating cost center or a
     * remainder) has no solution: its cost would circle for ever. Refused with the pools named.
     */
    private void refuseClosedCircles(List<Spread> spreads, List<Map<Integer, BigDecimal>> a) {
        int n = spreads.size();
        boolean[] reachesOut = new boolean[n];
        Map<Integer, List<Integer>> sendersTo = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Spread s = spreads.get(i);
            if (s.isRate() || s.isEmpty() || leaks(s)) {
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
                circle.add(input.rules().get(i).poolId());
            }
        }
        if (!circle.isEmpty()) {
            throw new AllocationException("reciprocal: service pools " + String.join(", ", circle)
                    + " only serve each other, so their cost never reaches an operating cost center and the equations"
                    + " have no solution; let at least one of them serve an operating cost center");
        }
    }

    /** Exactly (on the weights, not rounded fractions): does part of this pool leave the service pools? */
    private boolean leaks(Spread s) {
        BigDecimal toPools = BigDecimal.ZERO;
        for (int k = 0; k < s.receivers().size(); k++) {
            if (poolIndex(s.receivers().get(k)) != null) {
                toPools = toPools.add(s.weights().get(k));
            }
        }
        return toPools.compareTo(s.totalWeight()) < 0;
    }

    private MethodDetail.Reciprocal detail(List<Map<Integer, BigDecimal>> a, BigDecimal[] own, BigDecimal[] constant,
                                           BigDecimal[] full) {
        List<String> ids = input.rules().stream().map(AllocationRule::poolId).toList();
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
