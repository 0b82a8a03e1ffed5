package dev.chargeback.report.internal;

import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.Money;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.Manifest;

import java.util.List;

/**
 * The run whose files are written: what its manifest says, and, when it was posted (or is being posted by a dry
 * run), the run archive to read it from. A run stopped by rejected rows has no archive entry: only its rejects.
 * {@code supersededBy} is the run that reversed this one (an export of a superseded run), else null.
 */
record RunSource(Manifest manifest, RunArchive archive, List<Reject> rejects, RunId supersededBy) {

    boolean posted() {
        return archive != null;
    }

    RunId runId() {
        return manifest.runId();
    }

    Money money() {
        return Money.of(manifest.currency());
    }
}
