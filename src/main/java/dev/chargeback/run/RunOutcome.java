package dev.chargeback.run;

import dev.chargeback.report.Manifest;

import java.nio.file.Path;

/** A run that posted: its id, the outputs folder and the manifest written there. */
public record RunOutcome(String runId, Path out, Manifest manifest) {
}
