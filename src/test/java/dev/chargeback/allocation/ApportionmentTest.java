package dev.chargeback.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Largest-remainder apportionment in minor units (SPEC promise 3). */
class ApportionmentTest {

    @Test
    void hundredCentsOverThreeEqualWeightsGivesTheOddCentToTheFirst() {
        assertThat(split(100, "1", "1", "1")).containsExactly(34, 33, 33);
    }

    @Test
    void tiedRemaindersGoToTheEarlierPositions() {
        assertThat(split(2, "1", "1", "1")).containsExactly(1, 1, 0);
        assertThat(split(5, "1", "1", "1", "1", "1", "1")).containsExactly(1, 1, 1, 1, 1, 0);
    }

    @Test
    void leftoverUnitsGoToTheLargestRemaindersBeforePosition() {
        // exact shares 3.333.. and 6.666..: the second has the larger remainder
        assertThat(split(10, "1", "2")).containsExactly(3, 7);
        // exact shares 1.6, 2.4, 3.2, 2.8: remainders .6 .4 .2 .8 -> units to 4th and 1st
        assertThat(split(10, "4", "6", "8", "7")).containsExactly(2, 2, 3, 3);
    }

    @Test
    void negativeTotalSplitsLikeItsAbsoluteValueNegated() {
        assertThat(split(-100, "1", "1", "1")).containsExactly(-34, -33, -33);
        assertThat(split(-10, "1", "2")).containsExactly(-3, -7);
    }

    @Test
    void zeroWeightGetsNothing() {
        assertThat(split(100, "0", "1", "1")).containsExactly(0, 50, 50);
        assertThat(split(101, "1", "0", "1")).containsExactly(51, 0, 50);
    }

    @Test
    void decimalWeightsOfDifferentScalesAreExact() {
        assertThat(split(100, "0.5", "0.25", "0.25")).containsExactly(50, 25, 25);
        assertThat(split(100, "1.5", "1")).containsExactly(60, 40);
        assertThat(split(10, "0.333", "0.667")).containsExactly(3, 7);
        assertThat(split(100, "1E+2", "3E+2")).containsExactly(25, 75);
    }

    @Test
    void zeroTotalGivesZeroParts() {
        assertThat(split(0, "1", "2", "3")).containsExactly(0, 0, 0);
    }

    @Test
    void weightsSummingToZeroOrNegativeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> split(100, "0", "0")).withMessageContaining("zero");
        assertThatIllegalArgumentException().isThrownBy(() -> split(100, "2", "-1")).withMessageContaining("negative");
    }

    @Property(tries = 500)
    void partsSumToTheTotalExactly(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
                                   @ForAll("weights") List<BigDecimal> weights) {
        assertThat(Arrays.stream(Apportionment.largestRemainder(total, weights)).sum()).isEqualTo(total);
    }

    @Property(tries = 500)
    void everyPartIsWithinOneMinorUnitOfItsExactShare(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long total,
            @ForAll("weights") List<BigDecimal> weights) {
        long[] parts = Apportionment.largestRemainder(total, weights);
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < parts.length; i++) {
            // |part - total*w/W| < 1  <=>  |part*W - total*w| < W (exact, no division)
            BigDecimal gap = BigDecimal.valueOf(parts[i]).multiply(sum)
                    .subtract(BigDecimal.valueOf(total).multiply(weights.get(i))).abs();
            assertThat(gap).as("part %d of %s over %s", i, total, weights).isLessThan(sum);
        }
    }

    @Property(tries = 200)
    void sameInputGivesTheSameParts(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long total,
                                    @ForAll("weights") List<BigDecimal> weights) {
        assertThat(Apportionment.largestRemainder(total, weights))
                .containsExactly(Apportionment.largestRemainder(total, weights));
    }

    @Property(tries = 200)
    void negatingTheTotalNegatesEveryPart(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long total,
                                          @ForAll("weights") List<BigDecimal> weights) {
        long[] positive = Apportionment.largestRemainder(total, weights);
        long[] negative = Apportionment.largestRemainder(-total, weights);
        assertThat(negative).containsExactly(Arrays.stream(positive).map(p -> -p).toArray());
    }

    /** 1 to 40 non-negative weights with up to 4 decimals, at least one positive, many ties and zeros. */
    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(4),
                Arbitraries.integers().between(0, 5).map(BigDecimal::valueOf));
        return weight.list().ofMinSize(1).ofMaxSize(40)
                .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }

    private static long[] split(long total, String... weights) {
        return Apportionment.largestRemainder(total, Stream.of(weights).map(BigDecimal::new).toList());
    }
}
