package dev.chargeback.run;

import dev.chargeback.ledger.RunId;
import dev.chargeback.report.Manifest;

import java.nio.file.Path;

/** Writes a posted run's files (the export job): after a run posts, and again on `export`. */
public interface RunExport {

    /** Writes every output file of the posted run into {@code out}; returns the manifest written. */
    Manifest export(RunId runId, Path out);
}
