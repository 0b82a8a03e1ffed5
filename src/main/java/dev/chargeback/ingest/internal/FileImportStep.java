package dev.chargeback.ingest.internal;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reader, processor and writer of one file's chunk-oriented step. The processor hands each row to
 * its input file's row check; the writer adds outcomes to the file's {@link Totals} and, with the last chunk, saves the
 * batch in that chunk's transaction, so a file is imported whole or not at all. A file whose content was imported
 * before (same SHA-256 and reference data) is not read again.
 */
final class FileImportStep implements ItemStreamReader<List<CsvRow>>, ItemProcessor<List<CsvRow>, List<Outcome>>,
        ItemWriter<List<Outcome>>, StepExecutionListener {
    private final YearMonth period;
    private final PlannedFile file;
    private final ImportStore store;
    private final Supplier<Reference> reference;
    private final ImportProgress progress;
    private CsvSource source;
    private InputFile.RowCheck check;
    private Totals totals;
    private boolean done;

    FileImportStep(YearMonth period, PlannedFile file, ImportStore store, Supplier<Reference> reference,
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
            source = new CsvSource(file.input(), file.path());
            check = file.input().rows(reference.get());
            totals = new Totals(file.kind().fileName());
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
            outcomes.add(check.check(new Cells(source.header(), row)));
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
        file.input().finish(totals, period);
        store.save(period, file, source.rowsRead(), source.header().unknown(), totals);
        progress.finish(file, source.rowsRead(), totals.accepted, totals.rejects.size(), totals.otherPeriods);
        done = true;
    }
}
