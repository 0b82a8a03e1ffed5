package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One file's partitions: the {@link Partitioner} that splits the file into record-aligned byte ranges
 * ({@link RecordBoundaries}), and the {@link Tasklet} of each partition's step, which streams its range, checks
 * and totals its rows and commits its totals and rejects ({@link PartitionStore}) in the step's transaction. A file
 * is split when its input file allows it ({@link InputFile#partitionable()}) and it is large enough; otherwise it is
 * one partition. A restarted import runs only the partitions whose step had not completed (Spring Batch keeps each
 * partition's byte range in its step execution context).
 */
final class FilePartitions implements Partitioner, Tasklet {
    private final YearMonth period;
    private final PlannedFile file;
    private final ImportStore store;
    private final PartitionStore partitions;
    private final Supplier<Reference> reference;
    private final ImportProgress progress;
    private final ImportSettings settings;

    FilePartitions(YearMonth period, PlannedFile file, ImportStore store, PartitionStore partitions,
                   Supplier<Reference> reference, ImportProgress progress, ImportSettings settings) {
        this.period = period;
        this.file = file;
        this.store = store;
        this.partitions = partitions;
        this.reference = reference;
        this.progress = progress;
        this.settings = settings;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new TreeMap<>();
        if (imported()) {
            contexts.put("p0", context(0, 1, new RecordBoundaries.Range(0, 0, 1)));
            return contexts;
        }
        int wanted = file.input().partitionable() ? settings.partitions(gridSize, file.sizeBytes()) : 1;
        List<RecordBoundaries.Range> ranges;
        try {
            ranges = RecordBoundaries.split(file.path(), wanted);
        } catch (IOException e) {
            throw new InputFileException(file.path() + ": cannot read: " + e.getMessage(), e);
        }
        progress.start(file);
        for (int i = 0; i < ranges.size(); i++) {
            contexts.put("p" + i, context(i, ranges.size(), ranges.get(i)));
        }
        return contexts;
    }

    private static ExecutionContext context(int seq, int parts, RecordBoundaries.Range range) {
        ExecutionContext context = new ExecutionContext();
        context.putInt("seq", seq);
        context.putInt("parts", parts);
        context.putLong("start", range.start());
        context.putLong("end", range.end());
        context.putLong("first_line", range.firstLine());
        return context;
    }

    /** Imports one partition: its range's rows checked and totalled, committed with the step. */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        ExecutionContext context = step.getExecutionContext();
        int seq = context.getInt("seq");
        int parts = context.getInt("parts");
        var range = new RecordBoundaries.Range(context.getLong("start"), context.getLong("end"),
                context.getLong("first_line"));
        if (imported() || partitions.committed(period, file, parts, seq, range)) {
            return RepeatStatus.FINISHED;
        }
        CsvRange csv = new CsvRange(file.input(), file.path());
        CsvHeader header = csv.header();
        InputFile.RowCheck check = file.input().rows(reference.get());
        Totals totals = new Totals(file.kind().fileName(), reference.get().costCenters().size());
        long rows = csv.read(range, row -> totals.add(check.check(new Cells(header, row))), progress::advance);
        partitions.save(period, file, parts, seq, range, rows, PartialTotals.encode(totals));
        step.setReadCount(rows);
        if (parts > 1) {
            progress.partition(file, seq, parts, range.firstLine(), rows);
        }
        return RepeatStatus.FINISHED;
    }

    private boolean imported() {
        return store.find(period, file.kind(), file.sha256(), file.contextSha256()).isPresent();
    }
}
