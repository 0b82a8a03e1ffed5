package dev.chargeback.ledger.archive;

import dev.chargeback.ledger.RunId;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.archive.ArchiveException;
import dev.chargeback.archive.InputArchive;
import dev.chargeback.ingest.SourceRows;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ingest.Reject;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final InputArchive files;
    private final SourceRows sourceRows;

    public RunArchive(RunRecords runs, Ledger ledger, ImportedBatches imports, InputArchive files,
                      SourceRows sourceRows) {
        this.runs = runs;
        this.ledger = ledger;
        this.imports = imports;
        this.files = files;
        this.sourceRows = sourceRows;
    }

    /** The run of a period that is in force, if any. */
    public Optional<RunId> runInForce(YearMonth period) {
        return ledger.runInForce(period);
    }

    public Optional<RunHeader> find(RunId runId) {
        return runs.header(runId);
    }

    /** The header of a run that must exist (it was just posted, or named by a caller that checked). */
    public RunHeader header(RunId runId) {
        return find(runId).orElseThrow(() -> new IllegalStateException("no posted run " + runId));
    }

    /** The header of the run in force for a period (the newest one no later run superseded), if any. */
    public Optional<RunHeader> inForce(YearMonth period) {
        return ledger.runInForce(period).flatMap(this::find);
    }

    /**
     * What each pool's cost was divided by, per pool in posting order: the sum of the quantities of its flows (the
     * receivers' driver quantities; percent for fixed shares, 1 each for even; with TDABC's unused capacity, the
     * practical capacity). Flows without a quantity (a rate card's under- or over-recovery, a no-driver remainder)
     * add nothing.
     */
    public Map<String, BigDecimal> poolDriverTotals(RunId runId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        flows(runId, f -> totals.merge(f.pool(), f.quantity() == null ? BigDecimal.ZERO : f.quantity(),
                BigDecimal::add));
        return totals;
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

    /**
     * The rules text the run allocated with, as the ledger keeps it (sealed in the records chain); for a run posted
     * before the ledger kept it, the rules file archived under the run's SHA-256; empty when neither exists.
     */
    public Optional<String> rulesText(RunId runId) {
        return runs.rulesText(runId).or(() -> archivedRulesText(runId));
    }

    /**
     * The run's head of the records chain (the hash of its link; its manifest's {@code records_hash}): what an
     * auditor keeps to check later that nothing before it was changed or removed.
     */
    public Optional<String> recordsHash(RunId runId) {
        return runs.recordsHash(runId);
    }

    /** The working of the run's method: step order and its source, reciprocal equations, TDABC and rate cards. */
    public MethodDetail methodDetail(RunId runId) {
        return runs.methodDetail(header(runId));
    }

    /**
     * The rules file the run used, as archived under the SHA-256 the run recorded (a leading byte-order mark
     * dropped); empty for a run posted before the archive existed.
     */
    private Optional<String> archivedRulesText(RunId runId) {
        String sha = header(runId).rulesSha256();
        if (files.find(sha).isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = files.open(sha)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One of the run's input files as archived, decompressed; checked against its SHA-256 before the first byte is
     * handed out ({@link ArchiveException} when it is missing or does not match).
     */
    public InputStream openInput(FileImport file) {
        return files.open(file.sha256());
    }

    /**
     * The accepted cost and driver rows of one of the run's input files, read from the archive (not the data
     * directory) and checked as the import checked them, each with what it was counted for.
     */
    public void sourceRows(RunId runId, FileImport file, Consumer<SourceRows.Row> each) {
        RunHeader run = header(runId);
        try (InputStream in = openInput(file)) {
            sourceRows.read(run.period(), run.currency(), inputs(runId), file, in, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
