package dev.chargeback.database;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A list of rows made from their index each time one is read, and never kept: a run's 100,000 flows and as many
 * journal lines are made as records once as they are written ({@link BulkInsert#insertInKeyOrder}) and once more as
 * the records chain seals them ({@link WrittenRows}), and are never all on the heap as records. Held in a list, they
 * were 60 MB of a posting's 136 MB of live objects, which a 256 MB heap paid for in collections while the posting
 * wrote.
 */
public final class MadeRows<R> extends AbstractList<R> implements RandomAccess {
    private final int count;
    private final IntFunction<R> row;

    private MadeRows(int count, IntFunction<R> row) {
        this.count = count;
        this.row = row;
    }

    /** The {@code count} rows that {@code row} makes from an index 0 .. count - 1. */
    public static <R> List<R> of(int count, IntFunction<R> row) {
        return new MadeRows<>(count, row);
    }

    @Override
    public R get(int index) {
        Objects.checkIndex(index, count);
        return row.apply(index);
    }

    @Override
    public int size() {
        return count;
    }
}
