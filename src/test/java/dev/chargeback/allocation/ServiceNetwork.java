package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * A random organisation for the property tests: service cost centers S00, S01 ... (one pool each) serving operating
 * cost centers O000, O001 ... and, through service edges, each other. Every pool serves at least one operating cost
 * center, so no set of services only serves itself and every method can allocate it.
 *
 * <p>Bases: {@code fixed} (edge weights turned into percentages summing to 100), {@code proportional} (timesheet
 * hours), {@code even}, {@code rate} and {@code tdabc} (usage of the pool's service SVnn, which has a rate and a
 * practical capacity). When service edges are allowed, some cost centers also have a second pool for their service
 * Xnn: cents of their cost split evenly, by a {@code receivers} list, over O000 and the next service cost center.
 */
record ServiceNetwork(int operating, List<ServicePool> pools) {

    /** Which basis a generated pool uses (the generator's choice, turned into rules by {@link #fixture}). */
    enum BasisKind { PROPORTIONAL, FIXED, EVEN, RATE, TDABC }

    /** A driver quantity or share weight from a pool to the {@code index}-th service or operating cost center. */
    record Edge(boolean toService, int index, int weight) {
    }

    /**
     * One service cost center's pool; {@code ratePercent} scales the rate and TDABC capacity to the quantities;
     * {@code secondPoolCents} is the cost of its second pool (none when 0).
     */
    record ServicePool(long costCents, BasisKind basis, List<Edge> edges, int ratePercent, long secondPoolCents) {
    }

    static String service(int i) {
        return "S%02d".formatted(i);
    }

    static String operating(int i) {
        return "O%03d".formatted(i);
    }

    long costIn() {
        return pools.stream().mapToLong(p -> p.costCents() + p.secondPoolCents()).sum();
    }

    Set<String> operatingIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < operating; i++) {
            ids.add(operating(i));
        }
        return ids;
    }

    /**
     * Networks of {@code services} and {@code operating} cost centers (min..max each), at most
     * {@code maxServiceEdges} service edges per pool, pools of the given bases.
     */
    static Arbitrary<ServiceNetwork> arbitrary(int minServices, int maxServices, int minOperating, int maxOperating,
                                               int maxServiceEdges, BasisKind... bases) {
        return Combinators.combine(uniform(minServices, maxServices), uniform(minOperating, maxOperating))
                .flatAs((services, operating) -> pool(services, operating, maxServiceEdges, bases)
                        .list().ofSize(services).map(pools -> new ServiceNetwork(operating, pools)));
    }

    /** Sizes drawn uniformly: jqwik's default leans towards small numbers, and large networks matter here. */
    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<ServicePool> pool(int services, int operating, int maxServiceEdges, BasisKind... bases) {
        Arbitrary<Integer> weight = Arbitraries.integers().between(1, 100);
        Arbitrary<Edge> toOperating = Combinators.combine(Arbitraries.integers().between(0, operating - 1), weight)
                .as((i, w) -> new Edge(false, i, w));
        Arbitrary<Edge> toService = Combinators.combine(Arbitraries.integers().between(0, services - 1), weight)
                .as((i, w) -> new Edge(true, i, w));
        Arbitrary<List<Edge>> edges = Combinators.combine(toOperating.list().ofMinSize(1).ofMaxSize(8),
                        toService.list().ofMaxSize(maxServiceEdges))
                .as((o, s) -> {
                    List<Edge> all = new ArrayList<>(o);
                    all.addAll(s);
                    return all;
                });
        Arbitrary<Long> secondPool = maxServiceEdges == 0 ? Arbitraries.just(0L)
                : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(1, 100_000_000L)));
        return Combinators.combine(Arbitraries.longs().between(-100_000L, 10_000_000_000L),
                        Arbitraries.of(bases), edges, Arbitraries.integers().between(50, 200), secondPool)
                .as(ServicePool::new);
    }

    AllocationFixture fixture(Method method) {
        AllocationFixture fixture = AllocationFixture.with(method);
        for (int i = 0; i < pools.size(); i++) {
            fixture.services(service(i));
        }
        operatingIds().forEach(fixture::operating);
        for (int i = 0; i < pools.size(); i++) {
            addPool(fixture, i);
        }
        return fixture;
    }

    private void addPool(AllocationFixture fixture, int i) {
        ServicePool p = pools.get(i);
        String id = service(i);
        String offering = "SV%02d".formatted(i);
        BigDecimal quantity = BigDecimal.valueOf(p.edges().stream().mapToInt(Edge::weight).sum(), 1);
        BigDecimal scaled = quantity.multiply(BigDecimal.valueOf(p.ratePercent(), 2));
        BigDecimal rate = BigDecimal.valueOf(p.costCents(), 2).divide(scaled, 2, java.math.RoundingMode.HALF_UP)
                .abs().max(BigDecimal.ONE);
        fixture.offering(offering, id, rate.toPlainString(), scaled.toPlainString()).cost(id, cents(p.costCents()));
        switch (p.basis()) {
            case FIXED -> {
                List<String> pairs = new ArrayList<>();
                weights(i).forEach((receiver, percent) -> {
                    pairs.add(receiver);
                    pairs.add(percent.toPlainString());
                });
                fixture.pool(AllocationFixture.pool(id).fixed(pairs.toArray(String[]::new)));
            }
            case EVEN -> fixture.pool(AllocationFixture.pool(id).even());
            case PROPORTIONAL -> {
                fixture.pool(AllocationFixture.pool(id).proportional("hours"));
                p.edges().forEach(e -> fixture.hours(id, receiver(e), quantity(e).toPlainString()));
            }
            case RATE, TDABC -> {
                AllocationFixture.Pool pool = AllocationFixture.pool(id);
                fixture.pool(p.basis() == BasisKind.RATE ? pool.rate("usage:" + offering, null)
                        : pool.tdabc("usage:" + offering));
                p.edges().forEach(e -> fixture.usage(offering, receiver(e), quantity(e).toPlainString()));
            }
        }
        if (p.secondPoolCents() != 0) {
            String second = "X%02d".formatted(i);
            fixture.offering(second, id, null, null).cost(id, second, cents(p.secondPoolCents()))
                    .pool(AllocationFixture.pool(id).service(second).even()
                            .receivers(operating(0), service((i + 1) % pools.size())));
        }
    }

    /**
     * What the rules give each receiver of pool {@code i}: percent for fixed (two decimals, the first operating
     * receiver takes what flooring left, so they sum to 100), the summed quantity otherwise; 1 each for even.
     */
    Map<String, BigDecimal> weights(int i) {
        ServicePool p = pools.get(i);
        Map<String, BigDecimal> merged = new TreeMap<>();
        if (p.basis() == BasisKind.EVEN) {
            operatingIds().forEach(o -> merged.put(o, BigDecimal.ONE));
            for (int s = 0; s < pools.size(); s++) {
                merged.put(service(s), BigDecimal.ONE);
            }
            return merged;
        }
        p.edges().forEach(e -> merged.merge(receiver(e), quantity(e), BigDecimal::add));
        if (p.basis() != BasisKind.FIXED) {
            return merged;
        }
        BigDecimal sum = merged.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> percent = new TreeMap<>();
        long given = 0;
        for (Map.Entry<String, BigDecimal> e : merged.entrySet()) {
            long basisPoints = e.getValue().multiply(BigDecimal.valueOf(10_000))
                    .divideToIntegralValue(sum).longValueExact();
            percent.put(e.getKey(), BigDecimal.valueOf(basisPoints, 2));
            given += basisPoints;
        }
        percent.merge(receiver(p.edges().getFirst()), BigDecimal.valueOf(10_000 - given, 2), BigDecimal::add);
        return percent;
    }

    private static String receiver(Edge e) {
        return e.toService() ? service(e.index()) : operating(e.index());
    }

    private static BigDecimal quantity(Edge e) {
        return BigDecimal.valueOf(e.weight(), 1);
    }

    private static String cents(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
