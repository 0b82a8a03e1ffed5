package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.Reject;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reader, processor and writer of one file's chunk-oriented step. The processor hands each row to
 * {@link RowRules}; the writer adds outcomes to the file's {@link Totals} and, with the last chunk, saves the
 * batch in that chunk's transaction, so a file is imported whole or not at all. A file whose content was imported
 * before (same SHA-256 and reference data) is not read again.
 */
final class FileImportStep implements ItemStreamReader<List<CsvRow>>, ItemProcessor<List<CsvRow>, List<Outcome>>,
        ItemWriter<List<Outcome>>, StepExecutionListener {
    private final String period;
    private final PlannedFile file;
    private final ImportStore store;
    private final Supplier<Reference> reference;
    private final ImportProgress progress;
    private CsvSource source;
    private RowRules rules;
    private Totals totals;
    private boolean done;

    FileImportStep(String period, PlannedFile file, ImportStore store, Supplier<Reference> reference,
                   ImportProgress progress) {
        this.period = period;
        this.file = file;
        this.store = store;
        this.reference = reference;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        done = store.find(period, file.kind(), file.sha256(), file.contextSha256()).isPresent();
        if (!done) {
            source = new CsvSource(file.kind(), file.path());
            rules = new RowRules(reference.get());
            totals = new Totals();
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (!done) {
            source.open(context);
            progress.start(file);
        }
    }

    @Override
    public List<CsvRow> read() {
        return done ? null : source.read();
    }

    @Override
    public List<Outcome> process(List<CsvRow> rows) {
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            outcomes.add(rules.check(file.kind(), new Cells(source.header(), row)));
        }
        return outcomes;
    }

    @Override
    public void write(Chunk<? extends List<Outcome>> chunk) {
        for (List<Outcome> block : chunk) {
            block.forEach(totals::add);
        }
        progress.advance(source.rowsRead());
        if (source.exhausted()) {
            save();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!done && source.exhausted() && source.rowsRead() == 0) {
            save();
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }

    private void save() {
        if (file.kind() == InputKind.COST_CENTERS) {
            rejectUnknownParents();
        }
        if (file.kind() == InputKind.COSTS) {
            if (totals.costs.isEmpty()) {
                throw new InputFileException("costs.csv has no accepted cost line for " + period + " (it holds "
                        + (totals.periods.isEmpty() ? "no period" : String.join(", ", totals.periods))
                        + (totals.rejects.isEmpty() ? "" : "; " + totals.rejects.size() + " rows were rejected")
                        + "): nothing to allocate. Is the GL extract for " + period + " missing?");
            }
            totals.periods.add(period);
        }
        store.save(period, file, source.rowsRead(), source.header().unknown(), totals);
        progress.finish(file, source.rowsRead(), totals.accepted, totals.rejects.size(), totals.otherPeriods);
        done = true;
    }

    /** A parent must be a cost center of the same file; known only once the whole file is read. */
    private void rejectUnknownParents() {
        Set<String> ids = new HashSet<>();
        totals.centers.forEach(c -> ids.add(c.center().id()));
        for (Iterator<Outcome.CenterRow> it = totals.centers.iterator(); it.hasNext(); ) {
            Outcome.CenterRow c = it.next();
            String parent = c.center().parent();
            if (parent != null && !ids.contains(parent)) {
                it.remove();
                totals.accepted--;
                totals.reject(new Reject(file.kind().fileName(), c.line(), "parent", parent,
                        "unknown parent; expected the id of another cost center in this file"));
            }
        }
    }
}
