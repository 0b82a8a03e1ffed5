package dev.chargeback.run;

import dev.chargeback.ledger.RunId;
import dev.chargeback.report.Manifest;

import java.nio.file.Path;

/** A run that posted: its id, the outputs folder, the manifest written there and how long each phase took. */
public record RunOutcome(RunId runId, Path out, Manifest manifest, Timings timings) {

    /** Wall-clock nanoseconds of the three jobs, and the rows the import read. */
    public record Timings(long importNanos, long postNanos, long exportNanos, long rowsRead, int flows,
                          int journalLines) {
    }
}
