package dev.chargeback.ledger.internal;

import org.jooq.Table;

import java.util.List;
import java.util.Set;

import static dev.chargeback.db.Tables.ALLOCATION_FLOW;
import static dev.chargeback.db.Tables.ALLOCATION_POOL;
import static dev.chargeback.db.Tables.ALLOCATION_RUN;
import static dev.chargeback.db.Tables.ALLOCATION_RUN_INPUT;
import static dev.chargeback.db.Tables.CHAIN_LINK;
import static dev.chargeback.db.Tables.CHAIN_RECORD;
import static dev.chargeback.db.Tables.CHAIN_RECORD_BLOCK;
import static dev.chargeback.db.Tables.COST_CENTER;
import static dev.chargeback.db.Tables.COST_TOTAL;
import static dev.chargeback.db.Tables.DRIVER_TOTAL;
import static dev.chargeback.db.Tables.IMPORT_BATCH;
import static dev.chargeback.db.Tables.IMPORT_PARTITION;
import static dev.chargeback.db.Tables.INPUT_ARCHIVE;
import static dev.chargeback.db.Tables.INPUT_ARCHIVE_CHUNK;
import static dev.chargeback.db.Tables.LEDGER_LOCK;
import static dev.chargeback.db.Tables.IMPORT_PERIOD_SEEN;
import static dev.chargeback.db.Tables.IMPORT_REJECT;
import static dev.chargeback.db.Tables.IMPORT_UNKNOWN_COLUMN;
import static dev.chargeback.db.Tables.LEDGER_ENTRY;
import static dev.chargeback.db.Tables.LEDGER_LINE;
import static dev.chargeback.db.Tables.PERIOD;
import static dev.chargeback.db.Tables.PERIOD_EVENT;
import static dev.chargeback.db.Tables.RUN_RATE_CARD;
import static dev.chargeback.db.Tables.RUN_RECIPROCAL_POOL;
import static dev.chargeback.db.Tables.RUN_RECIPROCAL_SHARE;
import static dev.chargeback.db.Tables.RUN_STEP;
import static dev.chargeback.db.Tables.RUN_TDABC;
import static dev.chargeback.db.Tables.RUN_WARNING;
import static dev.chargeback.db.Tables.SERVICE;

/**
 * The registry of the records chain: every table whose rows explain a number, with the group it is sealed in. A new
 * ledger table is one line here (and its append-only trigger in sql/h2 and sql/postgresql); the first table of each
 * kind is the group's head row (import_batch, allocation_run, period_event). AppendOnlyTablesTest fails when a table
 * of the schema is neither here, nor in {@link #JOURNAL}, nor in {@link #OUTSIDE}.
 */
final class ChainedTables {
    static final List<ChainedTable> ALL = List.of(
            new ChainedTable(PERIOD_EVENT, SealKind.PERIOD_EVENT, PERIOD_EVENT.EVENT_ID),
            new ChainedTable(IMPORT_BATCH, SealKind.IMPORT_BATCH, IMPORT_BATCH.BATCH_ID),
            new ChainedTable(IMPORT_REJECT, SealKind.IMPORT_BATCH, IMPORT_REJECT.BATCH_ID),
            new ChainedTable(IMPORT_UNKNOWN_COLUMN, SealKind.IMPORT_BATCH, IMPORT_UNKNOWN_COLUMN.BATCH_ID),
            new ChainedTable(IMPORT_PERIOD_SEEN, SealKind.IMPORT_BATCH, IMPORT_PERIOD_SEEN.BATCH_ID),
            new ChainedTable(COST_CENTER, SealKind.IMPORT_BATCH, COST_CENTER.BATCH_ID),
            new ChainedTable(SERVICE, SealKind.IMPORT_BATCH, SERVICE.BATCH_ID),
            new ChainedTable(COST_TOTAL, SealKind.IMPORT_BATCH, COST_TOTAL.BATCH_ID),
            new ChainedTable(DRIVER_TOTAL, SealKind.IMPORT_BATCH, DRIVER_TOTAL.BATCH_ID),
            new ChainedTable(ALLOCATION_RUN, SealKind.RUN, ALLOCATION_RUN.RUN_ID),
            new ChainedTable(ALLOCATION_RUN_INPUT, SealKind.RUN, ALLOCATION_RUN_INPUT.RUN_ID),
            new ChainedTable(ALLOCATION_POOL, SealKind.RUN, ALLOCATION_POOL.RUN_ID),
            new ChainedTable(ALLOCATION_FLOW, SealKind.RUN, ALLOCATION_FLOW.RUN_ID),
            new ChainedTable(RUN_WARNING, SealKind.RUN, RUN_WARNING.RUN_ID),
            new ChainedTable(RUN_STEP, SealKind.RUN, RUN_STEP.RUN_ID),
            new ChainedTable(RUN_RECIPROCAL_POOL, SealKind.RUN, RUN_RECIPROCAL_POOL.RUN_ID),
            new ChainedTable(RUN_RECIPROCAL_SHARE, SealKind.RUN, RUN_RECIPROCAL_SHARE.RUN_ID),
            new ChainedTable(RUN_TDABC, SealKind.RUN, RUN_TDABC.RUN_ID),
            new ChainedTable(RUN_RATE_CARD, SealKind.RUN, RUN_RATE_CARD.RUN_ID));

    /** Append-only tables with a chain of their own: the journal (LedgerHash), and the records chain itself. */
    static final Set<Table<?>> JOURNAL = Set.of(LEDGER_ENTRY, LEDGER_LINE, CHAIN_LINK, CHAIN_RECORD, CHAIN_RECORD_BLOCK);

    /**
     * Append-only, content-addressed: the input archive. Not sealed row by row, because every read of an archived
     * file checks it against its SHA-256, and that hash is in the chained import batch; its triggers refuse changes.
     */
    static final Set<Table<?>> ARCHIVE = Set.of(INPUT_ARCHIVE, INPUT_ARCHIVE_CHUNK);

    /**
     * Outside the ledger, on purpose: {@code period} is the current state of each period, a cache of what its
     * events say (kept as a row per period so that a period can be locked and listed); `verify` cross-checks it
     * against period_event, which is the record; {@code ledger_lock} is the one row a posting, close or reopen locks
     * (SELECT ... FOR UPDATE: one at a time), it records nothing; {@code import_partition} holds a partitioned
     * import's committed partial totals until the file's merge saves the batch (and deletes them). (Spring Batch's tables are not generated, see pom.xml.)
     */
    static final Set<Table<?>> OUTSIDE = Set.of(PERIOD, LEDGER_LOCK, IMPORT_PARTITION);

    private ChainedTables() {
    }

    static List<ChainedTable> of(SealKind kind) {
        return ALL.stream().filter(t -> t.kind() == kind).toList();
    }

    /** The group's head table (the first of its kind): its rows are the groups. */
    static ChainedTable head(SealKind kind) {
        return of(kind).getFirst();
    }
}
