package dev.chargeback.run;

import dev.chargeback.ledger.RunId;
import dev.chargeback.report.Manifest;

import java.nio.file.Path;

/**
 * A run that posted: its id, the outputs folder, the manifest written there and how long each phase took. A rerun
 * identical to the run in force ({@link #unchanged}) posted nothing: its id is the run in force's, with no manifest.
 */
public record RunOutcome(RunId runId, Path out, Manifest manifest, Timings timings, boolean unchanged) {

    public RunOutcome(RunId runId, Path out, Manifest manifest, Timings timings) {
        this(runId, out, manifest, timings, false);
    }

    /** Nothing posted: the inputs, rules and method are those of {@code inForce}. */
    public static RunOutcome identicalTo(RunId inForce, Path out) {
        return new RunOutcome(inForce, out, null, null, true);
    }

    /** Wall-clock nanoseconds of the three jobs, and the rows the import read. */
    public record Timings(long importNanos, long postNanos, long exportNanos, long rowsRead, int flows,
                          int journalLines) {
    }
}
