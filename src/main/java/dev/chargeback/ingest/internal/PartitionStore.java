package dev.chargeback.ingest.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;

import static dev.chargeback.db.Tables.IMPORT_PARTITION;

/**
 * The committed partitions of files whose import is not finished (table import_partition): what a restarted import
 * does not read again, and what the merge of a file's partitions reads.
 */
final class PartitionStore {
    private final DSLContext db;

    PartitionStore(DSLContext db) {
        this.db = db;
    }

    /** One committed partition: the rows it read and its totals ({@link PartialTotals}). */
    record Partition(int seq, long rowsRead, byte[] totals) {
    }

    /** True when the partition {@code seq} of {@code parts} committed its totals for exactly this byte range. */
    boolean committed(YearMonth period, PlannedFile file, int parts, int seq, RecordBoundaries.Range range) {
        return db.fetchExists(IMPORT_PARTITION, of(period, file).and(IMPORT_PARTITION.PARTS.eq(parts))
                .and(IMPORT_PARTITION.SEQ.eq(seq)).and(IMPORT_PARTITION.START_BYTE.eq(range.start()))
                .and(IMPORT_PARTITION.END_BYTE.eq(range.end())));
    }

    /** Saves a partition's totals, replacing what a split of the file into other ranges may have left there. */
    void save(YearMonth period, PlannedFile file, int parts, int seq, RecordBoundaries.Range range, long rowsRead,
              byte[] totals) {
        db.deleteFrom(IMPORT_PARTITION).where(of(period, file).and(IMPORT_PARTITION.PARTS.eq(parts))
                .and(IMPORT_PARTITION.SEQ.eq(seq))).execute();
        db.insertInto(IMPORT_PARTITION).set(IMPORT_PARTITION.PERIOD, period)
                .set(IMPORT_PARTITION.FILE_KIND, file.kind().word()).set(IMPORT_PARTITION.FILE_SHA256, file.sha256())
                .set(IMPORT_PARTITION.CONTEXT_SHA256, file.contextSha256()).set(IMPORT_PARTITION.PARTS, parts)
                .set(IMPORT_PARTITION.SEQ, seq).set(IMPORT_PARTITION.START_BYTE, range.start())
                .set(IMPORT_PARTITION.END_BYTE, range.end()).set(IMPORT_PARTITION.FIRST_LINE, range.firstLine())
                .set(IMPORT_PARTITION.ROWS_READ, rowsRead).set(IMPORT_PARTITION.TOTALS, totals).execute();
    }

    /** The committed partitions of a file split into {@code parts}, in file order. */
    List<Partition> partitions(YearMonth period, PlannedFile file, int parts) {
        return db.select(IMPORT_PARTITION.SEQ, IMPORT_PARTITION.ROWS_READ, IMPORT_PARTITION.TOTALS)
                .from(IMPORT_PARTITION).where(of(period, file).and(IMPORT_PARTITION.PARTS.eq(parts)))
                .orderBy(IMPORT_PARTITION.SEQ).fetch(r -> new Partition(r.value1(), r.value2(), r.value3()));
    }

    /** The number of partitions of a split of the file of which every partition committed, if any. */
    OptionalInt completeSplit(YearMonth period, PlannedFile file) {
        return db.select(IMPORT_PARTITION.PARTS).from(IMPORT_PARTITION).where(of(period, file))
                .groupBy(IMPORT_PARTITION.PARTS).having(DSL.count().eq(IMPORT_PARTITION.PARTS))
                .fetch(IMPORT_PARTITION.PARTS).stream().mapToInt(Integer::intValue).max();
    }

    /** Forgets every partition of a file, once its batch is saved (same transaction). */
    void delete(YearMonth period, PlannedFile file) {
        db.deleteFrom(IMPORT_PARTITION).where(of(period, file)).execute();
    }

    private static Condition of(YearMonth period, PlannedFile file) {
        return IMPORT_PARTITION.PERIOD.eq(period).and(IMPORT_PARTITION.FILE_KIND.eq(file.kind().word()))
                .and(IMPORT_PARTITION.FILE_SHA256.eq(file.sha256()))
                .and(IMPORT_PARTITION.CONTEXT_SHA256.eq(file.contextSha256()));
    }
}
