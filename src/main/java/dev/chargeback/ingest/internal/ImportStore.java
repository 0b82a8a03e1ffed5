package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.CostLine;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.BatchSeal;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.Reject;
import dev.chargeback.database.BulkInsert;
import dev.chargeback.database.MadeRows;
import dev.chargeback.database.WrittenRows;
import dev.chargeback.db.converter.PeriodColumn;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static dev.chargeback.db.Tables.COST_CENTER;
import static dev.chargeback.db.Tables.COST_TOTAL;
import static dev.chargeback.db.Tables.DRIVER_TOTAL;
import static dev.chargeback.db.Tables.IMPORT_BATCH;
import static dev.chargeback.db.Tables.IMPORT_PERIOD_SEEN;
import static dev.chargeback.db.Tables.IMPORT_REJECT;
import static dev.chargeback.db.Tables.IMPORT_UNKNOWN_COLUMN;
import static dev.chargeback.db.Tables.SERVICE;

/** Import batches and their totals, rejects and reference rows, in the database (jOOQ, bulk writes). */
final class ImportStore implements ImportedBatches {
    /** The legacy joined periods_seen column holds the same YYYY-MM words as every period column. */
    private static final PeriodColumn PERIOD_TEXT = new PeriodColumn();

    private final DSLContext db;
    private final Clock clock;
    private final BatchSeal seal;

    ImportStore(DSLContext db, Clock clock, BatchSeal seal) {
        this.db = db;
        this.clock = clock;
        this.seal = seal;
    }

    Optional<Long> find(YearMonth period, InputKind kind, String sha256, String contextSha256) {
        return db.select(IMPORT_BATCH.BATCH_ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.PERIOD.eq(period), IMPORT_BATCH.FILE_KIND.eq(kind.word()),
                        IMPORT_BATCH.FILE_SHA256.eq(sha256), IMPORT_BATCH.CONTEXT_SHA256.eq(contextSha256))
                .fetchOptional(IMPORT_BATCH.BATCH_ID);
    }

    /** Saves a file's batch with everything it holds; runs inside the caller's (the last chunk's) transaction. */
    long save(YearMonth period, PlannedFile file, long rowsRead, List<String> unknownColumns, Totals t) {
        WrittenRows written = new WrittenRows();
        long id = db.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.PERIOD, period).set(IMPORT_BATCH.FILE_KIND, file.kind().word())
                .set(IMPORT_BATCH.FILE_SHA256, file.sha256()).set(IMPORT_BATCH.CONTEXT_SHA256, file.contextSha256())
                .set(IMPORT_BATCH.FILE_NAME, file.kind().fileName()).set(IMPORT_BATCH.FILE_PATH, file.path().toString())
                .set(IMPORT_BATCH.SIZE_BYTES, file.sizeBytes()).set(IMPORT_BATCH.ROWS_READ, rowsRead)
                .set(IMPORT_BATCH.ROWS_ACCEPTED, t.accepted).set(IMPORT_BATCH.ROWS_REJECTED, (long) t.rejects.size())
                .set(IMPORT_BATCH.ROWS_OTHER_PERIOD, t.otherPeriods)
                .set(IMPORT_BATCH.IMPORTED_AT, OffsetDateTime.now(clock))
                .returning(IMPORT_BATCH.BATCH_ID).fetchOne(IMPORT_BATCH.BATCH_ID);
        saveUnknownColumns(id, unknownColumns);
        savePeriodsSeen(id, t.periods);
        insert(IMPORT_REJECT, t.rejects, (r, i) -> db.newRecord(IMPORT_REJECT).with(IMPORT_REJECT.BATCH_ID, id)
                .with(IMPORT_REJECT.SEQ, i + 1).with(IMPORT_REJECT.LINE, r.line()).with(IMPORT_REJECT.COL, r.column())
                .with(IMPORT_REJECT.VAL, clip(r.value())).with(IMPORT_REJECT.REASON, clip(r.reason())));
        insert(COST_CENTER, t.centers, (c, i) -> db.newRecord(COST_CENTER).with(COST_CENTER.BATCH_ID, id)
                .with(COST_CENTER.ID, c.center().id()).with(COST_CENTER.NAME, c.center().name())
                .with(COST_CENTER.KIND, c.center().kind()).with(COST_CENTER.PARENT, c.center().parent())
                .with(COST_CENTER.LINE, c.line()));
        insert(SERVICE, t.services, (s, i) -> db.newRecord(SERVICE).with(SERVICE.BATCH_ID, id)
                .with(SERVICE.ID, s.service().id()).with(SERVICE.COST_CENTER, s.service().costCenter())
                .with(SERVICE.NAME, s.service().name()).with(SERVICE.UNIT, s.service().unit())
                .with(SERVICE.RATE, s.service().rate()).with(SERVICE.CAPACITY, s.service().capacity())
                .with(SERVICE.LINE, s.line()));
        insert(written, COST_TOTAL, t.costs.entrySet(), e -> db.newRecord(COST_TOTAL).with(COST_TOTAL.BATCH_ID, id)
                .with(COST_TOTAL.COST_CENTER, e.getKey().costCenter()).with(COST_TOTAL.SERVICE, e.getKey().service())
                .with(COST_TOTAL.ACCOUNT, e.getKey().account()).with(COST_TOTAL.CURRENCY, e.getKey().currency())
                .with(COST_TOTAL.AMOUNT, e.getValue().total()).with(COST_TOTAL.ROW_COUNT, e.getValue().rows)
                .with(COST_TOTAL.FIRST_LINE, e.getValue().firstLine).with(COST_TOTAL.LAST_LINE, e.getValue().lastLine));
        insert(written, DRIVER_TOTAL, t.drivers().entrySet(), e -> db.newRecord(DRIVER_TOTAL).with(DRIVER_TOTAL.BATCH_ID, id)
                .with(DRIVER_TOTAL.DRIVER, e.getKey().kind()).with(DRIVER_TOTAL.SUBJECT, e.getKey().subject())
                .with(DRIVER_TOTAL.SERVICE, e.getKey().service()).with(DRIVER_TOTAL.COST_CENTER, e.getKey().costCenter())
                .with(DRIVER_TOTAL.QUANTITY, e.getValue().total()).with(DRIVER_TOTAL.ROW_COUNT, e.getValue().rows)
                .with(DRIVER_TOTAL.FIRST_LINE, e.getValue().firstLine)
                .with(DRIVER_TOTAL.LAST_LINE, e.getValue().lastLine));
        seal.seal(id, written); // in the ledger's records chain, in this transaction: reused later only if it still matches
        return id;
    }

    private void saveUnknownColumns(long batchId, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        var insert = db.insertInto(IMPORT_UNKNOWN_COLUMN, IMPORT_UNKNOWN_COLUMN.BATCH_ID, IMPORT_UNKNOWN_COLUMN.SEQ,
                IMPORT_UNKNOWN_COLUMN.NAME);
        for (int i = 0; i < names.size(); i++) {
            insert = insert.values(batchId, i + 1, names.get(i));
        }
        insert.execute();
    }

    private void savePeriodsSeen(long batchId, Collection<YearMonth> periods) {
        if (periods.isEmpty()) {
            return;
        }
        var insert = db.insertInto(IMPORT_PERIOD_SEEN, IMPORT_PERIOD_SEEN.BATCH_ID, IMPORT_PERIOD_SEEN.PERIOD);
        for (YearMonth period : periods) {
            insert = insert.values(batchId, period);
        }
        insert.execute();
    }

    /** The typed row of one item (each value set by its field, so a column cannot be shifted). */
    private interface Binder<T, R> {
        R row(T item, int index);
    }

    /** Inserts typed rows in bulk ({@link BulkInsert}: COPY on PostgreSQL, batched on H2). */
    private <T, R extends TableRecord<R>> void insert(Table<R> table, Collection<T> items, Binder<T, R> binder) {
        BulkInsert.insert(db, table, rows(items, binder));
    }

    /**
     * The same, holding the rows in {@code written} for the seal (the totals: 100,000 rows for a large file). The
     * rows are made as they are written and sealed ({@link MadeRows}), in key order, never all held as records: a
     * 6M-row file's merge held 119 MB of live objects with them.
     */
    private <T, R extends TableRecord<R>> void insert(WrittenRows written, Table<R> table, Collection<T> items,
                                                      Function<T, R> row) {
        List<T> ordered = BulkInsert.inKeyOrder(table, List.copyOf(items), row);
        BulkInsert.insertInKeyOrder(db, table, written.hold(table, MadeRows.of(ordered.size(),
                i -> row.apply(ordered.get(i)))));
    }

    private static <T, R> List<R> rows(Collection<T> items, Binder<T, R> binder) {
        List<R> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(binder.row(item, rows.size()));
        }
        return rows;
    }

    private static String clip(String value) {
        return value.length() > 2000 ? value.substring(0, 1997) + "..." : value;
    }

    @Override
    public FileImport summary(long batchId, boolean reused) {
        var b = db.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.BATCH_ID.eq(batchId)).fetchSingle();
        InputKind kind = InputFiles.of(b.getFileKind()).kind();
        return new FileImport(kind, b.getFileName(), b.getFilePath(), b.getFileSha256(), b.getSizeBytes(), batchId,
                b.getRowsRead(), b.getRowsAccepted(), b.getRowsRejected(), b.getRowsOtherPeriod(),
                unknownColumns(batchId, b.getUnknownColumns()), reused);
    }

    /** The unknown header columns in header order; a batch from before V003 has them in its legacy column. */
    private List<String> unknownColumns(long batchId, String legacy) {
        List<String> names = db.select(IMPORT_UNKNOWN_COLUMN.NAME).from(IMPORT_UNKNOWN_COLUMN)
                .where(IMPORT_UNKNOWN_COLUMN.BATCH_ID.eq(batchId)).orderBy(IMPORT_UNKNOWN_COLUMN.SEQ)
                .fetch(IMPORT_UNKNOWN_COLUMN.NAME);
        return names.isEmpty() ? legacyList(legacy) : names;
    }

    /** The periods a file held, sorted; a batch from before V003 has them in its legacy column. */
    Set<YearMonth> periodsSeen(long batchId) {
        List<YearMonth> periods = db.select(IMPORT_PERIOD_SEEN.PERIOD).from(IMPORT_PERIOD_SEEN)
                .where(IMPORT_PERIOD_SEEN.BATCH_ID.eq(batchId)).fetch(IMPORT_PERIOD_SEEN.PERIOD);
        if (!periods.isEmpty()) {
            return new TreeSet<>(periods);
        }
        return legacyList(db.select(IMPORT_BATCH.PERIODS_SEEN).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.BATCH_ID.eq(batchId)).fetchSingle(IMPORT_BATCH.PERIODS_SEEN)).stream()
                .map(PERIOD_TEXT::from).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> legacyList(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    @Override
    public List<Reject> rejects(long batchId) {
        String file = db.select(IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH).where(IMPORT_BATCH.BATCH_ID.eq(batchId))
                .fetchSingle(IMPORT_BATCH.FILE_NAME);
        return db.selectFrom(IMPORT_REJECT).where(IMPORT_REJECT.BATCH_ID.eq(batchId)).orderBy(IMPORT_REJECT.SEQ)
                .fetch(r -> new Reject(file, r.getLine(), r.getCol(), r.getVal(), r.getReason()));
    }

    List<CostCenter> costCenters(long batchId) {
        return db.selectFrom(COST_CENTER).where(COST_CENTER.BATCH_ID.eq(batchId)).orderBy(COST_CENTER.LINE)
                .fetch(r -> new CostCenter(r.getId(), r.getName(), r.getKind(), r.getParent()));
    }

    List<ServiceOffering> services(long batchId) {
        return db.selectFrom(SERVICE).where(SERVICE.BATCH_ID.eq(batchId)).orderBy(SERVICE.LINE)
                .fetch(r -> new ServiceOffering(r.getId(), r.getCostCenter(), r.getName(), r.getUnit(),
                        strip(r.getRate()), strip(r.getCapacity())));
    }

    List<CostLine> costs(long batchId) {
        return db.selectFrom(COST_TOTAL).where(COST_TOTAL.BATCH_ID.eq(batchId))
                .orderBy(COST_TOTAL.COST_CENTER, COST_TOTAL.SERVICE, COST_TOTAL.ACCOUNT, COST_TOTAL.CURRENCY)
                .fetch(r -> new CostLine(r.getCostCenter(), r.getService(), r.getAccount(), r.getCurrency(),
                        r.getAmount()));
    }

    /**
     * The batch's driver totals. Each id is kept once (the database hands over a new string per row and column:
     * 300,000 of them for 100,000 totals that name 50 services and 2,000 cost centers, and the flows made from them
     * share them, all the while a posting writes).
     */
    List<DriverTotal> drivers(long batchId) {
        Map<String, String> ids = new HashMap<>();
        // no ORDER BY: the core totals these per receiver in sorted maps, and exact sums do not depend on order
        return db.select(DRIVER_TOTAL.DRIVER, DRIVER_TOTAL.SUBJECT, DRIVER_TOTAL.SERVICE, DRIVER_TOTAL.COST_CENTER,
                        DRIVER_TOTAL.QUANTITY).from(DRIVER_TOTAL).where(DRIVER_TOTAL.BATCH_ID.eq(batchId))
                .fetch(r -> new DriverTotal(r.value1(), ids.computeIfAbsent(r.value2(), id -> id),
                        ids.computeIfAbsent(r.value3(), id -> id), ids.computeIfAbsent(r.value4(), id -> id),
                        strip(r.value5())));
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    @Override
    public ImportedData load(ImportResult result) {
        ImportedDataBuilder data = new ImportedDataBuilder();
        for (FileImport f : result.files()) {
            InputFiles.of(f.kind()).load(f.batchId(), this, data);
        }
        return data.build();
    }
}
