package dev.chargeback.ledger.internal;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.math.BigDecimal;
import java.util.List;

/**
 * Typed batched writes: rows are built as jOOQ records of their table (each value set by its field, so a column
 * cannot be shifted), then inserted as multi-row INSERTs of at most {@link #BINDS} bind values each (PostgreSQL's
 * driver takes at most 32,767 per statement).
 */
final class Rows {
    private static final int BINDS = 30_000;

    private Rows() {
    }

    static <R extends TableRecord<R>> void insert(DSLContext db, Table<R> table, List<R> rows) {
        int perStatement = Math.max(1, BINDS / table.fields().length);
        for (int from = 0; from < rows.size(); from += perStatement) {
            db.insertInto(table).columns(table.fields())
                    .valuesOfRecords(rows.subList(from, Math.min(rows.size(), from + perStatement))).execute();
        }
    }

    /** The scale an exact decimal was computed with, stored beside it (a DECIMAL column pads to its own scale). */
    static Integer scaleOf(BigDecimal value) {
        return value == null ? null : value.scale();
    }

    /** An exact decimal as it was computed: the stored value at the scale it had. */
    static BigDecimal exact(BigDecimal stored, Integer scale) {
        return stored == null ? null : stored.setScale(scale, java.math.RoundingMode.HALF_EVEN);
    }
}
