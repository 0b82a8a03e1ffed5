package dev.chargeback.database;

import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a transaction has just written to some tables, as written: the records chain seals them from here instead
 * of reading 100,000 flows or driver totals back (which cost as much as writing them). Tables not held here are read
 * back as usual.
 */
public final class WrittenRows {
    private final Map<Table<?>, List<? extends Record>> rows = new HashMap<>();

    /** Nothing held: every table is read back. */
    public static WrittenRows none() {
        return new WrittenRows();
    }

    /** Holds {@code written} as the whole of what this group wrote to {@code table}; returns it. */
    public <R extends TableRecord<R>> List<R> hold(Table<R> table, List<R> written) {
        rows.put(table, java.util.Collections.unmodifiableList(written));
        return written;
    }

    public Optional<List<? extends Record>> of(Table<?> table) {
        return Optional.ofNullable(rows.get(table));
    }
}
