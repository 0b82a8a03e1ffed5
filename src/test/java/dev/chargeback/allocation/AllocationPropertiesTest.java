package dev.chargeback.allocation;

import dev.chargeback.allocation.ServiceNetwork.BasisKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SPEC promises 1, 3 and 4 on random service networks ({@link ServiceNetwork}): conservation, the reciprocal
 * equations, agreement of the methods when services do not serve each other, the rounding bound and determinism.
 */
class AllocationPropertiesTest {

    private static final BasisKind[] ALL_BASES = BasisKind.values();
    private static final BigDecimal EQUATION_TOLERANCE = new BigDecimal("1e-6");

    @Provide
    Arbitrary<ServiceNetwork> networks() {
        return ServiceNetwork.arbitrary(2, 30, 2, 200, 4, ALL_BASES);
    }

    /** No service edges and no even pools: no service cost center serves another. */
    @Provide
    Arbitrary<ServiceNetwork> separateServices() {
        return ServiceNetwork.arbitrary(2, 30, 2, 200, 0, BasisKind.FIXED, BasisKind.PROPORTIONAL, BasisKind.RATE,
                BasisKind.TDABC);
    }

    /** Weighted bases whose exact share is own cost x weight / total weight. */
    @Provide
    Arbitrary<ServiceNetwork> weightedNetworks() {
        return ServiceNetwork.arbitrary(2, 30, 2, 200, 4, BasisKind.FIXED, BasisKind.PROPORTIONAL, BasisKind.EVEN);
    }

    @Provide
    Arbitrary<ServiceNetwork> largeSparseNetworks() {
        return ServiceNetwork.arbitrary(50, 50, 500, 500, 3, ALL_BASES);
    }

    @Property(tries = 200)
    void everyMethodConservesCostToTheCent(@ForAll("networks") ServiceNetwork network, @ForAll Method method) {
        assertConserved(network, network.fixture(method).allocate());
    }

    @Property(tries = 300)
    void reciprocalFullCostsSolveTheEquations(@ForAll("networks") ServiceNetwork network) {
        MethodDetail.Reciprocal equations = network.fixture(Method.RECIPROCAL).allocate().detail().reciprocal();

        List<BigDecimal> full = equations.solution();
        for (int j = 0; j < full.size(); j++) {
            BigDecimal expected = equations.own().get(j).add(equations.constantInflows().get(j));
            for (int i = 0; i < full.size(); i++) {
                BigDecimal share = equations.shares().get(i).getOrDefault(equations.pools().get(j), BigDecimal.ZERO);
                expected = expected.add(share.multiply(full.get(i)), MathContext.DECIMAL128);
            }
            assertThat(full.get(j)).as("full cost of %s", equations.pools().get(j))
                    .isCloseTo(expected, offset(EQUATION_TOLERANCE));
        }
    }

    @Property(tries = 200)
    void methodsAgreeWhenNoServiceServesAnother(@ForAll("separateServices") ServiceNetwork network) {
        List<String> direct = comparable(network.fixture(Method.DIRECT).allocate());

        assertThat(comparable(network.fixture(Method.STEP_DOWN).allocate())).isEqualTo(direct);
        assertThat(comparable(network.fixture(Method.RECIPROCAL).allocate())).isEqualTo(direct);
    }

    @Property(tries = 300)
    void directFlowsAreWithinOneCentOfTheirExactShare(@ForAll("weightedNetworks") ServiceNetwork network) {
        AllocationResult result = network.fixture(Method.DIRECT).allocate();
        Set<String> operating = network.operatingIds();

        for (int i = 0; i < network.pools().size(); i++) {
            String pool = ServiceNetwork.service(i);
            Map<String, BigDecimal> weights = new TreeMap<>(network.weights(i));
            weights.keySet().retainAll(operating);
            BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            long own = AllocationFixture.poolResult(result, pool).own();
            for (Flow f : result.flows()) {
                if (f.pool().equals(pool)) {
                    assertThat(f.kind()).isEqualTo(FlowKind.ALLOCATION);
                    // |amount - own*w/W| < 1  <=>  |amount*W - own*w| < W
                    BigDecimal gap = BigDecimal.valueOf(f.amount()).multiply(total)
                            .subtract(BigDecimal.valueOf(own).multiply(weights.get(f.receiver()))).abs();
                    assertThat(gap).as("%s -> %s", pool, f.receiver()).isLessThan(total);
                }
            }
        }
    }

    @Property(tries = 200)
    void sameInputGivesTheSameFlows(@ForAll("networks") ServiceNetwork network, @ForAll Method method) {
        AllocationInput input = network.fixture(method).input();
        AllocationResult first = Allocator.allocate(input);
        AllocationResult second = Allocator.allocate(input);

        assertThat(second.flows()).isEqualTo(first.flows());
        assertThat(second.pools()).isEqualTo(first.pools());
        assertThat(second.detail()).isEqualTo(first.detail());
    }

    @Property(tries = 150)
    void orderOfCostAndDriverRowsDoesNotChangeTheFlows(@ForAll("networks") ServiceNetwork network,
                                                       @ForAll Method method, @ForAll Random random) {
        AllocationInput input = network.fixture(method).input();
        AllocationInput shuffled = new AllocationInput(input.period(), input.currency(), input.rules(),
                shuffle(input.costCenters(), random), shuffle(input.services(), random),
                shuffle(input.costs(), random), shuffle(input.drivers(), random));

        assertThat(Allocator.allocate(shuffled).flows()).isEqualTo(Allocator.allocate(input).flows());
    }

    /** 50 service cost centers serving each other sparsely and 500 operating: allocates, and conserves. */
    @Property(tries = 3)
    void largeSparseNetworkConservesUnderReciprocalAndStepDown(
            @ForAll("largeSparseNetworks") ServiceNetwork network) {
        assertConserved(network, network.fixture(Method.RECIPROCAL).allocate());
        assertConserved(network, network.fixture(Method.STEP_DOWN).allocate());
    }

    private static void assertConserved(ServiceNetwork network, AllocationResult result) {
        long toOperating = result.flows().stream()
                .filter(f -> f.kind() == FlowKind.ALLOCATION && network.operatingIds().contains(f.receiver()))
                .mapToLong(Flow::amount).sum();
        long remainders = result.flows().stream().filter(f -> f.kind().isRemainder()).mapToLong(Flow::amount).sum();
        long costIn = network.costIn();

        assertThat(result.costIn()).isEqualTo(costIn);
        assertThat(toOperating + remainders).as("allocated to operating + remainders").isEqualTo(costIn);
        assertThat(result.pools()).allSatisfy(p -> assertThat(p.allocated() + p.remainder())
                .as("pool %s", p.pool()).isEqualTo(p.total()));
    }

    /** Flows without their stage (step-down numbers stages by close order), in a stable order. */
    private static List<String> comparable(AllocationResult result) {
        return result.flows().stream()
                .map(f -> String.join("|", f.pool(), f.receiver(), f.kind().name(), Long.toString(f.amount())))
                .sorted().toList();
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
