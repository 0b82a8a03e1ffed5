package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.CostLine;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.DriverTotal;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.ImportResult;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.ImportedData;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.Reject;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.chargeback.db.Tables.COST_CENTER;
import static dev.chargeback.db.Tables.COST_TOTAL;
import static dev.chargeback.db.Tables.DRIVER_TOTAL;
import static dev.chargeback.db.Tables.IMPORT_BATCH;
import static dev.chargeback.db.Tables.IMPORT_PERIOD_SEEN;
import static dev.chargeback.db.Tables.IMPORT_REJECT;
import static dev.chargeback.db.Tables.IMPORT_UNKNOWN_COLUMN;
import static dev.chargeback.db.Tables.SERVICE;

/** Import batches and their totals, rejects and reference rows, in the database (jOOQ, batched writes). */
final class ImportStore implements ImportedBatches {
    private static final int BATCH = 5_000;

    private final DSLContext db;
    private final Clock clock;

    ImportStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Optional<Long> find(String period, InputKind kind, String sha256, String contextSha256) {
        return db.select(IMPORT_BATCH.BATCH_ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.PERIOD.eq(period), IMPORT_BATCH.FILE_KIND.eq(kind.word()),
                        IMPORT_BATCH.FILE_SHA256.eq(sha256), IMPORT_BATCH.CONTEXT_SHA256.eq(contextSha256))
                .fetchOptional(IMPORT_BATCH.BATCH_ID);
    }

    /** Saves a file's batch with everything it holds; runs inside the caller's (the last chunk's) transaction. */
    long save(String period, PlannedFile file, long rowsRead, List<String> unknownColumns, Totals t) {
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
        insert(() -> db.batch(db.insertInto(IMPORT_REJECT).values((Long) null, null, null, null, null, null)),
                t.rejects, (r, i) -> new Object[]{id, i + 1, r.line(), r.column(), clip(r.value()), clip(r.reason())});
        insert(() -> db.batch(db.insertInto(COST_CENTER).values((Long) null, null, null, null, null, null)), t.centers,
                (c, i) -> new Object[]{id, c.center().id(), c.center().name(), c.center().kind().name(),
                        c.center().parent(), c.line()});
        insert(() -> db.batch(db.insertInto(SERVICE).values((Long) null, null, null, null, null, null, null, null)),
                t.services, (s, i) -> new Object[]{id, s.service().id(), s.service().costCenter(), s.service().name(),
                        s.service().unit(), s.service().rate(), s.service().capacity(), s.line()});
        insert(() -> db.batch(db.insertInto(COST_TOTAL).values((Long) null, null, null, null, null, null, null, null, null)),
                t.costs.entrySet(), (e, i) -> new Object[]{id, e.getKey().costCenter(), e.getKey().service(),
                        e.getKey().account(), e.getKey().currency(), e.getValue().total, e.getValue().rows,
                        e.getValue().firstLine, e.getValue().lastLine});
        insert(() -> db.batch(db.insertInto(DRIVER_TOTAL).values((Long) null, null, null, null, null, null, null, null, null)),
                t.drivers.entrySet(), (e, i) -> new Object[]{id, e.getKey().kind().name().toLowerCase(Locale.ROOT),
                        e.getKey().subject(), e.getKey().service(), e.getKey().costCenter(), e.getValue().total,
                        e.getValue().rows, e.getValue().firstLine, e.getValue().lastLine});
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

    private void savePeriodsSeen(long batchId, Collection<String> periods) {
        if (periods.isEmpty()) {
            return;
        }
        var insert = db.insertInto(IMPORT_PERIOD_SEEN, IMPORT_PERIOD_SEEN.BATCH_ID, IMPORT_PERIOD_SEEN.PERIOD);
        for (String period : periods) {
            insert = insert.values(batchId, period);
        }
        insert.execute();
    }

    private interface Binder<T> {
        Object[] bind(T item, int index);
    }

    /** Inserts in JDBC batches of {@link #BATCH} rows; a fresh jOOQ batch each time (binds accumulate). */
    private static <T> void insert(java.util.function.Supplier<BatchBindStep> batch, Collection<T> items,
                                   Binder<T> binder) {
        int i = 0;
        BatchBindStep step = batch.get();
        for (T item : items) {
            step = step.bind(binder.bind(item, i++));
            if (i % BATCH == 0) {
                step.execute();
                step = batch.get();
            }
        }
        if (i % BATCH != 0) {
            step.execute();
        }
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
    Set<String> periodsSeen(long batchId) {
        List<String> periods = db.select(IMPORT_PERIOD_SEEN.PERIOD).from(IMPORT_PERIOD_SEEN)
                .where(IMPORT_PERIOD_SEEN.BATCH_ID.eq(batchId)).fetch(IMPORT_PERIOD_SEEN.PERIOD);
        if (!periods.isEmpty()) {
            return new TreeSet<>(periods);
        }
        return new TreeSet<>(legacyList(db.select(IMPORT_BATCH.PERIODS_SEEN).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.BATCH_ID.eq(batchId)).fetchSingle(IMPORT_BATCH.PERIODS_SEEN)));
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
                .fetch(r -> new CostCenter(r.getId(), r.getName(), CostCenter.Kind.valueOf(r.getKind()), r.getParent()));
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

    List<DriverTotal> drivers(long batchId) {
        // no ORDER BY: the core totals these per receiver in sorted maps, and exact sums do not depend on order
        return db.selectFrom(DRIVER_TOTAL).where(DRIVER_TOTAL.BATCH_ID.eq(batchId))
                .fetch(r -> new DriverTotal(DriverRef.Kind.valueOf(r.getDriver().toUpperCase(Locale.ROOT)), r.getSubject(),
                        r.getService(), r.getCostCenter(), strip(r.getQuantity())));
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
