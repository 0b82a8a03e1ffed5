package dev.chargeback.acceptance;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import dev.chargeback.acceptance.AcceptanceCase.Consumption;

/**
 * The arithmetic of a published case to 40 significant digits, written from the textbook definitions and not from
 * the engine: what each service department sends to whom, its closed (step-down) or solved (reciprocal) total, and
 * for TDABC its capacity cost rate and unused time. It is the second oracle of the harness: every {@code expected}
 * figure must be this arithmetic rounded half-up to the cent (the shared README says the cases were checked so),
 * and which figures are whole cents decides the tolerance of the engine's figure. A case it cannot solve is a
 * failure, never a reason to loosen the tolerance.
 */
record ReferenceSolver(Map<String, BigDecimal> serviceTotals, Map<String, Map<String, BigDecimal>> flows,
                       List<String> stepOrder) {

    static final MathContext MC = new MathContext(40);
    private static final BigDecimal EPSILON = new BigDecimal("1e-20");

    /** @throws IllegalStateException naming the case and the reason when the case cannot be solved */
    static ReferenceSolver solve(AcceptanceCase c) {
        try {
            return switch (c.method()) {
                case "direct" -> direct(c);
                case "step-down" -> stepDown(c);
                case "reciprocal" -> reciprocal(c);
                default -> throw new IllegalStateException("no reference arithmetic for method '" + c.method() + "'");
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException(c.id() + ": the reference solver failed: " + e, e);
        }
    }

    static boolean wholeCents(BigDecimal value) {
        return value.subtract(value.setScale(2, RoundingMode.HALF_UP)).abs().compareTo(EPSILON) < 0;
    }

    BigDecimal flow(String sender, String receiver) {
        return flows.getOrDefault(sender, Map.of()).get(receiver);
    }

    /** What every other department sends to {@code receiver}. */
    List<BigDecimal> flowsTo(String receiver) {
        return flows.entrySet().stream().filter(e -> !e.getKey().equals(receiver))
                .map(e -> e.getValue().get(receiver)).filter(Objects::nonNull).toList();
    }

    /** TDABC: own cost minus what the pool charged. */
    BigDecimal unusedAmount(BigDecimal own, String sender) {
        Map<String, BigDecimal> out = flows.get(sender);
        return out == null ? null : own.subtract(out.values().stream().reduce(ZERO, BigDecimal::add));
    }

    /** TDABC: capacity minus the time of the receivers that were charged. */
    static BigDecimal unusedTime(AcceptanceCase c, ReferenceSolver ref, String sender) {
        Consumption k = c.consumption().get(sender);
        Map<String, BigDecimal> charged = ref.flows().get(sender);
        if (k == null || k.capacity() == null || charged == null) return null;
        return k.capacity().subtract(k.weights().entrySet().stream().filter(e -> charged.containsKey(e.getKey()))
                .map(Map.Entry::getValue).reduce(ZERO, BigDecimal::add));
    }

    /** TDABC: capacity cost rate = own cost / practical capacity. */
    static BigDecimal rate(AcceptanceCase c, String sender) {
        Consumption k = c.consumption().get(sender);
        BigDecimal own = own(c).get(sender);
        return k == null || k.capacity() == null || own == null ? null : own.divide(k.capacity(), MC);
    }

    private static ReferenceSolver direct(AcceptanceCase c) {
        Map<String, BigDecimal> totals = own(c);
        Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
        totals.forEach((s, total) -> flows.put(s, spread(c, s, total,
                r -> c.operatingDepartments().stream().anyMatch(d -> d.id().equals(r)))));
        return new ReferenceSolver(totals, flows, List.of());
    }

    private static ReferenceSolver stepDown(AcceptanceCase c) {
        Map<String, BigDecimal> own = own(c);
        List<String> order = c.stepOrder().isEmpty() ? defaultStepOrder(c) : c.stepOrder();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, BigDecimal> received = new HashMap<>();
        Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
        for (String s : order) {
            BigDecimal cost = Objects.requireNonNull(own.get(s), () -> "step order names " + s + ", no service");
            totals.put(s, cost.add(received.getOrDefault(s, ZERO)));
            Map<String, BigDecimal> out = spread(c, s, totals.get(s), r -> !totals.containsKey(r));
            out.forEach((r, amount) -> received.merge(r, amount, BigDecimal::add));
            flows.put(s, out);
        }
        return new ReferenceSolver(totals, flows, order);
    }

    /**
     * Without a published order, the engine's documented default (README, "Methods"): by the share of its service a
     * department gives to other service departments, largest first, ties by id.
     */
    static List<String> defaultStepOrder(AcceptanceCase c) {
        Map<String, BigDecimal> toServices = new HashMap<>();
        for (String s : own(c).keySet()) {
            Map<String, BigDecimal> share = spread(c, s, ONE, r -> !r.equals(s));
            toServices.put(s, share.entrySet().stream().filter(e -> own(c).containsKey(e.getKey()))
                    .map(Map.Entry::getValue).reduce(ZERO, BigDecimal::add));
        }
        List<String> order = new ArrayList<>(own(c).keySet());
        order.sort(Comparator.comparing((String s) -> toServices.get(s)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    /** Full cost T solves T_i = own_i + sum_j T_j f_ji; f_ji = j's share to i over every receiver but j. */
    private static ReferenceSolver reciprocal(AcceptanceCase c) {
        List<String> ids = List.copyOf(own(c).keySet());
        int n = ids.size();
        BigDecimal[][] a = new BigDecimal[n][n];
        BigDecimal[] b = own(c).values().toArray(BigDecimal[]::new);
        for (int j = 0; j < n; j++) {
            String sender = ids.get(j);
            Map<String, BigDecimal> share = spread(c, sender, ONE, r -> !r.equals(sender));
            for (int i = 0; i < n; i++) {
                a[i][j] = (i == j ? ONE : ZERO).subtract(share.getOrDefault(ids.get(i), ZERO));
            }
        }
        BigDecimal[] t = gauss(a, b);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> flows = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String sender = ids.get(i);
            totals.put(sender, t[i]);
            flows.put(sender, spread(c, sender, t[i], r -> !r.equals(sender)));
        }
        return new ReferenceSolver(totals, flows, List.of());
    }

    /** amount x weight / base over the receivers that qualify; TDABC: base = capacity. */
    private static Map<String, BigDecimal> spread(AcceptanceCase c, String sender, BigDecimal amount,
                                                  Predicate<String> receives) {
        Consumption k = Objects.requireNonNull(c.consumption().get(sender), () -> "no consumption for " + sender);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        k.weights().forEach((r, w) -> {
            if (!r.equals(sender) && receives.test(r)) weights.put(r, w);
        });
        BigDecimal base = k.isTdabc() ? k.capacity() : weights.values().stream().reduce(ZERO, BigDecimal::add);
        if (base == null || base.signum() == 0) {
            throw new IllegalStateException(sender + " has no driver base (" + (k.isTdabc() ? "capacity" : "weights")
                    + " " + base + ")");
        }
        weights.replaceAll((r, w) -> amount.multiply(w, MC).divide(base, MC));
        return weights;
    }

    static Map<String, BigDecimal> own(AcceptanceCase c) {
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        c.serviceDepartments().forEach(d -> own.put(d.id(), d.cost() == null ? ZERO : d.cost()));
        return own;
    }

    /** Gaussian elimination with partial pivoting; a singular system is a failure of the case. */
    private static BigDecimal[] gauss(BigDecimal[][] a, BigDecimal[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int pivot = p;
            for (int i = p + 1; i < n; i++) {
                if (a[i][p].abs().compareTo(a[pivot][p].abs()) > 0) pivot = i;
            }
            if (a[pivot][p].abs().compareTo(EPSILON) < 0) {
                throw new IllegalStateException("the reciprocal equations are singular (services that only serve "
                        + "each other?)");
            }
            BigDecimal[] row = a[p];
            a[p] = a[pivot];
            a[pivot] = row;
            BigDecimal rhs = b[p];
            b[p] = b[pivot];
            b[pivot] = rhs;
            for (int i = p + 1; i < n; i++) {
                BigDecimal f = a[i][p].divide(a[p][p], MC);
                for (int j = p; j < n; j++) a[i][j] = a[i][j].subtract(f.multiply(a[p][j], MC), MC);
                b[i] = b[i].subtract(f.multiply(b[p], MC), MC);
            }
        }
        BigDecimal[] x = new BigDecimal[n];
        for (int i = n - 1; i >= 0; i--) {
            BigDecimal s = b[i];
            for (int j = i + 1; j < n; j++) s = s.subtract(a[i][j].multiply(x[j], MC), MC);
            x[i] = s.divide(a[i][i], MC);
        }
        return x;
    }
}
