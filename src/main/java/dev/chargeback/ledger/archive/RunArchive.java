package dev.chargeback.ledger.archive;

import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one reader of posted runs: every question about a run (its files, explain, diff, reports) goes through here,
 * never through a query of its own over the ledger's tables. Everything comes back as records; the inputs, their
 * rejects and driver totals are read from the import batches the run used.
 */
public final class RunArchive {
    private final RunRecords runs;
    private final Ledger ledger;
    private final ImportedBatches imports;

    public RunArchive(RunRecords runs, Ledger ledger, ImportedBatches imports) {
        this.runs = runs;
        this.ledger = ledger;
        this.imports = imports;
    }

    public Optional<RunHeader> find(RunId runId) {
        return runs.header(runId);
    }

    /** The header of a run that must exist (it was just posted, or named by a caller that checked). */
    public RunHeader header(RunId runId) {
        return find(runId).orElseThrow(() -> new IllegalStateException("no posted run " + runId));
    }

    /** The run's pools in the order they were allocated (stage, then rule). */
    public List<PoolResult> pools(RunId runId) {
        return runs.pools(runId);
    }

    /** The run's flows in posting order, one at a time (a large run's flows are not held in memory). */
    public void flows(RunId runId, Consumer<PostedFlow> each) {
        runs.flows(runId, each);
    }

    /** The allocation entries the run posted, with their lines, in entry order. */
    public List<JournalEntry> journal(RunId runId) {
        return ledger.allocationEntries(runId);
    }

    /** The entries that reversed the run this one superseded (empty when it superseded none). */
    public List<JournalEntry> reversals(RunId runId) {
        return ledger.reversalEntries(runId);
    }

    /** The import of each input file the run read, in batch order. */
    public List<FileImport> inputs(RunId runId) {
        return runs.inputBatches(runId).stream().map(id -> imports.summary(id, false)).toList();
    }

    /** The input rows that were not accepted in the run's inputs (the run accepted them being left out). */
    public List<Reject> rejects(RunId runId) {
        List<Reject> rejects = new ArrayList<>();
        runs.inputBatches(runId).forEach(id -> rejects.addAll(imports.rejects(id)));
        return rejects;
    }

    /** The driver quantities the run's inputs held, as the allocation used them. */
    public List<DriverTotal> driverTotals(RunId runId) {
        RunHeader run = header(runId);
        return imports.load(new ImportResult(run.period(), inputs(runId), List.of(), run.inputsSha256())).drivers();
    }

    /**
     * The run's inputs as the allocation read them: cost centers (names, kinds, parents), services (names, units,
     * rates, capacities), cost lines and driver totals. Reports take names and the hierarchy from here.
     */
    public ImportedData importedData(RunId runId) {
        RunHeader run = header(runId);
        return imports.load(new ImportResult(run.period(), inputs(runId), List.of(), run.inputsSha256()));
    }

    public List<String> warnings(RunId runId) {
        return runs.warnings(runId);
    }

    /** The working of the run's method: step order and its source, reciprocal equations, TDABC and rate cards. */
    public MethodDetail methodDetail(RunId runId) {
        return runs.methodDetail(header(runId));
    }
}
