package dev.chargeback.ingest.internal;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.YearMonth;
import java.util.List;

/**
 * The last step of a file's import: merges its committed partitions in file order into the file's totals, runs the
 * input file's whole-file checks, saves the import batch and forgets the partitions, in one transaction. A file
 * imported before (same content and reference data) is left as it is.
 */
final class FileMerge implements Tasklet {
    private final YearMonth period;
    private final PlannedFile file;
    private final ImportStore store;
    private final PartitionStore partitions;
    private final ImportProgress progress;

    FileMerge(YearMonth period, PlannedFile file, ImportStore store, PartitionStore partitions,
              ImportProgress progress) {
        this.period = period;
        this.file = file;
        this.store = store;
        this.partitions = partitions;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        if (store.find(period, file.kind(), file.sha256(), file.contextSha256()).isPresent()) {
            return RepeatStatus.FINISHED;
        }
        String name = file.kind().fileName();
        List<PartitionStore.Partition> parts = complete(name);
        Totals totals = new Totals(name);
        long rows = 0;
        for (PartitionStore.Partition p : parts) {
            totals.absorb(PartialTotals.decode(name, p.totals()));
            rows += p.rowsRead();
        }
        file.input().finish(totals, period);
        store.save(period, file, rows, new CsvRange(file.input(), file.path()).header().unknown(), totals);
        // the lineage archive of the file's bytes belongs here, in the same transaction as its batch
        partitions.delete(period, file);
        progress.finish(file, rows, totals.accepted, totals.rejects.size(), totals.otherPeriods);
        return RepeatStatus.FINISHED;
    }

    /** The one complete split of the file among the partitions committed (a split into n holds seq 0..n-1). */
    private List<PartitionStore.Partition> complete(String name) {
        int parts = partitions.completeSplit(period, file).orElseThrow(() -> new IllegalStateException(
                "the import of " + name + " has no complete set of partitions to merge"));
        return partitions.partitions(period, file, parts);
    }
}
