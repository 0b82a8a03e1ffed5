package dev.chargeback.cli;

import dev.chargeback.bench.ReferenceParse;
import dev.chargeback.run.RunOutcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** One size measured by `bench`: the engine's phases, their peak heap (bytes, by phase), the bare parse of its file. */
record BenchSize(RunOutcome.Timings timings, ReferenceParse.Result reference, Map<String, Long> peaks) {

    long endToEnd() {
        return timings.importNanos() + timings.postNanos() + timings.exportNanos();
    }

    /**
     * Each phase's and the bare parse's median over the runs of one size (of an even number of runs, the mean of the
     * middle two); each phase's largest peak heap. Rows, flows and lines are the first run's.
     */
    static BenchSize median(List<BenchSize> runs) {
        if (runs.size() == 1) {
            return runs.getFirst();
        }
        RunOutcome.Timings first = runs.getFirst().timings();
        RunOutcome.Timings timings = new RunOutcome.Timings(median(runs, s -> s.timings().importNanos()),
                median(runs, s -> s.timings().postNanos()), median(runs, s -> s.timings().exportNanos()),
                first.rowsRead(), first.flows(), first.journalLines());
        ReferenceParse.Result reference = new ReferenceParse.Result(runs.getFirst().reference().rows(),
                runs.getFirst().reference().keys(), median(runs, s -> s.reference().nanos()));
        Map<String, Long> peaks = new LinkedHashMap<>();
        runs.forEach(s -> s.peaks().forEach((phase, bytes) -> peaks.merge(phase, bytes, Math::max)));
        return new BenchSize(timings, reference, peaks);
    }

    private static long median(List<BenchSize> runs, ToLongFunction<BenchSize> value) {
        long[] sorted = runs.stream().mapToLong(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
