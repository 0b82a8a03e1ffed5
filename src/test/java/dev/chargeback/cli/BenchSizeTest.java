package dev.chargeback.cli;

import dev.chargeback.bench.ReferenceParse;
import dev.chargeback.run.RunOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `bench --repeat`: each phase's median is taken on its own, peaks are the largest, counts are the runs'. */
class BenchSizeTest {

    private static BenchSize run(long imported, long posted, long exported, long parse, long importPeak,
                                 long postPeak) {
        return new BenchSize(new RunOutcome.Timings(imported, posted, exported, 5_002_105, 100_000, 100_050),
                new ReferenceParse.Result(5_000_000, 100_000, parse),
                Map.of("import", importPeak, "allocate+post", postPeak));
    }

    @Test
    void ofThreeRunsEachPhaseHasItsOwnMiddleValueAndEachPeakItsLargest() {
        BenchSize median = BenchSize.median(List.of(
                run(14_000, 6_000, 3_100, 6_200, 250, 240),
                run(12_000, 7_000, 2_900, 5_100, 253, 230),
                run(13_000, 5_000, 3_000, 7_000, 240, 254)));

        assertThat(median.timings()).isEqualTo(new RunOutcome.Timings(13_000, 6_000, 3_000, 5_002_105, 100_000,
                100_050));
        assertThat(median.reference().nanos()).isEqualTo(6_200);
        assertThat(median.reference().rows()).isEqualTo(5_000_000);
        assertThat(median.peaks()).containsExactlyInAnyOrderEntriesOf(Map.of("import", 253L, "allocate+post", 254L));
        // end to end is the sum of the phases' medians (22,000), not the median of the runs' sums (21,900)
        assertThat(median.endToEnd()).isEqualTo(22_000);
    }

    @Test
    void ofTwoRunsTheMiddleIsTheMeanOfBoth() {
        BenchSize median = BenchSize.median(List.of(run(10, 20, 30, 40, 1, 1), run(20, 40, 50, 60, 2, 3)));
        assertThat(median.timings().importNanos()).isEqualTo(15);
        assertThat(median.timings().postNanos()).isEqualTo(30);
        assertThat(median.timings().exportNanos()).isEqualTo(40);
        assertThat(median.reference().nanos()).isEqualTo(50);
    }

    @Test
    void oneRunIsItsOwnMedian() {
        BenchSize only = run(1, 2, 3, 4, 5, 6);
        assertThat(BenchSize.median(List.of(only))).isSameAs(only);
    }
}
