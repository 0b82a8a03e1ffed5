package dev.chargeback.allocation;

import static dev.chargeback.allocation.AllocationFixture.allocated;
import static dev.chargeback.allocation.AllocationFixture.pool;
import static dev.chargeback.allocation.AllocationFixture.poolResult;
import static dev.chargeback.allocation.AllocationFixture.receivedBy;
import static dev.chargeback.allocation.AllocationFixture.remainder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Method reciprocal: every service pool's full cost solves F = own + shares of the others' full costs. */
class ReciprocalAllocationTest {

    /** The textbook pair: Y = 7260 + 0.3 Z, Z = 4000 + 0.2 Y, so Y = 9000 and Z = 5800. */
    private static AllocationFixture textbookPair() {
        return AllocationFixture.reciprocal().services("Y", "Z").operating("P1", "P2")
                .cost("Y", "7260").cost("Z", "4000")
                .pool(pool("Y").fixed("Z", "20", "P1", "50", "P2", "30"))
                .pool(pool("Z").fixed("Y", "30", "P1", "40", "P2", "30"));
    }

    @Test
    void reciprocalAllocationMatchesTextbookTwoServiceExample() {
        AllocationResult result = textbookPair().allocate();

        assertThat(result.detail().reciprocal().solution()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("9000"), new BigDecimal("5800"));
        assertThat(allocated(result, "Y", "Z")).isEqualTo(180_000);
        assertThat(allocated(result, "Y", "P1")).isEqualTo(450_000);
        assertThat(allocated(result, "Y", "P2")).isEqualTo(270_000);
        assertThat(allocated(result, "Z", "Y")).isEqualTo(174_000);
        assertThat(allocated(result, "Z", "P1")).isEqualTo(232_000);
        assertThat(allocated(result, "Z", "P2")).isEqualTo(174_000);
        assertThat(poolResult(result, "Y").total()).isEqualTo(900_000);
        assertThat(poolResult(result, "Z").total()).isEqualTo(580_000);
    }

    @Test
    void reciprocalDetailShowsTheEquationsAsWritten() {
        MethodDetail.Reciprocal equations = textbookPair().allocate().detail().reciprocal();

        assertThat(equations.pools()).containsExactly("Y", "Z");
        assertThat(equations.own()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("7260"), new BigDecimal("4000"));
        assertThat(equations.shares().get(0)).containsOnlyKeys("Z");
        assertThat(equations.shares().get(0).get("Z")).isEqualByComparingTo("0.2");
        assertThat(equations.shares().get(1).get("Y")).isEqualByComparingTo("0.3");
    }

    /**
     * A = 10000 + 0.2 B + 0.25 C, B = 20000 + 0.1 A + 0.25 C, C = 5000 + 0.1 A + 0.2 B: A = 3200000/179,
     * B = 4425000/179, C = 2100000/179. Flows between services are their exact shares rounded half even; the rest of
     * each pool goes to P and Q by largest remainder.
     */
    @Test
    void threeServicesServingEachOtherSolveSimultaneously() {
        AllocationResult result = AllocationFixture.reciprocal().services("A", "B", "C").operating("P", "Q")
                .cost("A", "10000").cost("B", "20000").cost("C", "5000")
                .pool(pool("A").fixed("B", "10", "C", "10", "P", "50", "Q", "30"))
                .pool(pool("B").fixed("A", "20", "C", "20", "P", "30", "Q", "30"))
                .pool(pool("C").fixed("A", "25", "B", "25", "P", "25", "Q", "25"))
                .allocate();

        assertThat(result.detail().reciprocal().solution().get(0).doubleValue()).isCloseTo(3_200_000.0 / 179, offset(1e-6));
        assertThat(result.detail().reciprocal().solution().get(1).doubleValue()).isCloseTo(4_425_000.0 / 179, offset(1e-6));
        assertThat(result.detail().reciprocal().solution().get(2).doubleValue()).isCloseTo(2_100_000.0 / 179, offset(1e-6));
        assertThat(allocated(result, "A", "B")).isEqualTo(178_771);
        assertThat(allocated(result, "B", "A")).isEqualTo(494_413);
        assertThat(allocated(result, "C", "A")).isEqualTo(293_296);
        assertThat(poolResult(result, "A").total()).isEqualTo(1_787_709);
        assertThat(allocated(result, "A", "P")).isEqualTo(893_854);
        assertThat(allocated(result, "A", "Q")).isEqualTo(536_313);
        assertThat(allocated(result, "B", "P")).isEqualTo(741_621);
        assertThat(allocated(result, "B", "Q")).isEqualTo(741_620);
        assertThat(receivedBy(result, "P")).isEqualTo(1_928_771);
        assertThat(receivedBy(result, "Q")).isEqualTo(1_571_229);
    }

    @Test
    void serviceUseOfItsOwnServiceIsLeftOutOfTheEquations() {
        AllocationResult result = AllocationFixture.reciprocal().services("A", "B").operating("P")
                .cost("A", "100").cost("B", "0")
                .pool(pool("A").proportional("hours")).pool(pool("B").fixed("P", "100"))
                .hours("A", "A", "50").hours("A", "B", "50").hours("A", "P", "50")
                .allocate();

        assertThat(result.detail().reciprocal().shares().get(0).get("B")).isEqualByComparingTo("0.5");
        assertThat(allocated(result, "A", "A")).isZero();
        assertThat(allocated(result, "A", "B")).isEqualTo(5_000);
        assertThat(allocated(result, "B", "P")).isEqualTo(5_000);
    }

    @Test
    void rateChargesToOtherServicesAreConstantsOfTheEquations() {
        AllocationResult result = AllocationFixture.reciprocal().services("IT", "HR").operating("SALES")
                .cost("IT", "600").cost("HR", "1000")
                .pool(pool("IT").rate("hours", "50")).pool(pool("HR").fixed("IT", "10", "SALES", "90"))
                .hours("IT", "HR", "2").hours("IT", "SALES", "10")
                .allocate();

        assertThat(result.detail().reciprocal().constantInflows().get(1)).isEqualByComparingTo("100");
        assertThat(allocated(result, "IT", "HR")).isEqualTo(10_000);
        assertThat(allocated(result, "HR", "IT")).isEqualTo(11_000);
        assertThat(allocated(result, "HR", "SALES")).isEqualTo(99_000);
        assertThat(remainder(result, "IT", FlowKind.UNDER_RECOVERY)).isEqualTo(11_000);
    }

    /**
     * A serves only B; B gives A a third of its full cost and C a seventh of its own. A's two receipts are rounded
     * separately (50.0752.. to 50.08, 0.1557.. to 0.16), its flow to B once (50.2336 to 50.23): the cent left over
     * stays with A as a ROUNDING remainder, so A still clears to the cent.
     */
    @Test
    void poolServingOnlyOtherServicesKeepsItsRoundingResidueAsARoundingRemainder() {
        AllocationResult result = AllocationFixture.reciprocal().services("A", "B", "C").operating("P")
                .cost("B", "100.00").cost("C", "1.09")
                .pool(pool("A").fixed("B", "100"))
                .pool(pool("B").proportional("hours")).hours("B", "A", "1").hours("B", "P", "2")
                .pool(pool("C").proportional("hours")).hours("C", "A", "1").hours("C", "P", "6")
                .allocate();

        assertThat(allocated(result, "B", "A")).isEqualTo(5_008);
        assertThat(allocated(result, "C", "A")).isEqualTo(16);
        assertThat(allocated(result, "A", "B")).isEqualTo(5_023);
        assertThat(remainder(result, "A", FlowKind.ROUNDING)).isEqualTo(1);
        assertThat(allocated(result, "B", "P")).isEqualTo(10_015);
        assertThat(allocated(result, "C", "P")).isEqualTo(93);
    }

    @Test
    void closedCircleOfServicesThatOnlyServeEachOtherIsRefusedNamingThem() {
        AllocationFixture fixture = AllocationFixture.reciprocal().services("A", "B", "C").operating("P")
                .cost("A", "100").cost("B", "100").cost("C", "100")
                .pool(pool("A").fixed("B", "100")).pool(pool("B").fixed("A", "100"))
                .pool(pool("C").fixed("A", "50", "P", "50"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("service pools A, B only serve each other");
    }

    @Test
    void closedCircleIsRefusedNamingItsPoolsWhenAPoolSplitsInThirds() {
        AllocationFixture fixture = AllocationFixture.reciprocal().services("A", "B", "C", "D").operating("P")
                .cost("A", "300")
                .pool(pool("A").even().receivers("B", "C", "D"))
                .pool(pool("B").fixed("A", "100")).pool(pool("C").fixed("A", "100")).pool(pool("D").fixed("A", "100"));

        assertThatExceptionOfType(AllocationException.class).isThrownBy(fixture::allocate)
                .withMessageContaining("service pools A, B, C, D only serve each other");
    }
}
