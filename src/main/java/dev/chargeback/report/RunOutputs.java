package dev.chargeback.report;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.report.internal.OutputFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's output files (the registry in {@code internal.OutputFiles}) from the run archive: after a run
 * posts, on `export`, and inside a dry run's transaction before it is rolled back.
 */
public final class RunOutputs {
    private final RunArchive archive;

    public RunOutputs(RunArchive archive) {
        this.archive = archive;
    }

    /**
     * Writes every file of a posted run; returns the manifest written. {@code status} is POSTED, or DRY_RUN for a
     * posting about to be rolled back.
     */
    public Manifest write(RunId runId, Path out, RunStatus status, List<String> problems) {
        RunHeader run = archive.header(runId);
        RunTotals totals = new RunTotals(run.costIn(), run.allocated(), run.remainder(), run.rowsRejected());
        Manifest manifest = new Manifest(runId, status, run.period(), run.method(),
                archive.methodDetail(runId).stepOrder(), run.currency(), run.rulesFile(), run.rulesSha256(),
                archive.inputs(runId), run.inputsSha256(), run.codeVersion(), run.actor(), run.startedAt(),
                run.postedAt(), totals, run.acceptedRejects(), run.supersedesRunId(), run.ledgerHash(),
                archive.warnings(runId), problems);
        OutputFiles.write(manifest, archive, archive.rejects(runId), out);
        return manifest;
    }

    /**
     * Nothing was posted (rows were rejected): writes rejects.csv and the manifest, and removes every other output
     * an earlier run left in the folder.
     */
    public void writeRejected(Manifest manifest, List<Reject> rejects, Path out) {
        OutputFiles.write(manifest, null, rejects, out);
    }
}
