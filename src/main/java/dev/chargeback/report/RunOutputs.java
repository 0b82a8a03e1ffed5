package dev.chargeback.report;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunSummary;
import dev.chargeback.report.internal.OutputFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's output files (the registry in {@code internal.OutputFiles}) from the run archive: after a run
 * posts, on `export`, and inside a dry run's transaction before it is rolled back.
 */
public final class RunOutputs {
    private final RunArchive archive;
    private final Ledger ledger;

    public RunOutputs(RunArchive archive, Ledger ledger) {
        this.archive = archive;
        this.ledger = ledger;
    }

    /**
     * Writes every file of a posted run, all together; returns the manifest written. {@code status} is POSTED, or
     * DRY_RUN for a posting about to be rolled back. A posted run that a later run reversed is written as
     * SUPERSEDED, naming that run.
     */
    public Manifest write(RunId runId, Path out, RunStatus status, List<String> problems) {
        RunId supersededBy = status == RunStatus.POSTED ? supersededBy(runId) : null;
        if (supersededBy != null) {
            status = RunStatus.SUPERSEDED;
        }
        RunHeader run = archive.header(runId);
        RunTotals totals = new RunTotals(run.costIn(), run.allocated(), run.remainder(), run.rowsRejected());
        Manifest manifest = new Manifest(runId, status, run.period(), run.method(),
                archive.methodDetail(runId).stepOrder(), run.currency(), run.rulesFile(), run.rulesSha256(),
                archive.inputs(runId), run.inputsSha256(), run.codeVersion(), run.actor(), run.startedAt(),
                run.postedAt(), totals, run.acceptedRejects(), run.supersedesRunId(), run.ledgerHash(),
                archive.warnings(runId), problems);
        OutputFiles.write(manifest, archive, archive.rejects(runId), out, supersededBy, status != RunStatus.DRY_RUN);
        return manifest;
    }

    /** The run that superseded (reversed) this one, or null while it is in force. */
    public RunId supersededBy(RunId runId) {
        return ledger.runs().stream().filter(r -> runId.equals(r.supersedes())).map(RunSummary::runId).findFirst()
                .orElse(null);
    }

    /**
     * Nothing was posted (rows were rejected): writes rejects.csv and the manifest. When {@code out} holds a posted
     * run's files, they stay untouched and the rejected run's files go beside them, into a folder named by its run
     * id. Returns the folder written.
     */
    public Path writeRejected(Manifest manifest, List<Reject> rejects, Path out) {
        Path folder = OutputFiles.holdsPostedRun(out) ? out.resolve(manifest.runId().value()) : out;
        OutputFiles.write(manifest, null, rejects, folder, null, false);
        return folder;
    }
}
