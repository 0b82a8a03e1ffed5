package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver sums of one file (or one partition of it) while it streams, in dense tables: one row of slots per
 * (kind, subject, service), one column per cost center. A usage file of 2,000 customers and 50 services has 100,000
 * keys; finding each row's sum in one HashMap of 100,000 entries (a handful of cache misses per row: bucket, node,
 * key, its strings) took half the time a partition spent on its rows. Here a row costs two lookups in small maps
 * (tens of subjects, thousands of cost centers, both in cache) and an array index.
 * <p>
 * The table holds at most {@link #SLOTS} slots (4 MB of references): a (kind, subject, service) seen when that
 * many are taken, or a cost center beyond the column count given, is not the table's, and its sums stay in the
 * caller's map ({@link #sum} returns null for it). Both decisions are made once and never change, so every key
 * lives in exactly one of the two.
 */
final class DriverTable {
    /** At most this many slots (references) in all rows together. */
    static final int SLOTS = 1 << 20;
    private static final Sum[] NOT_HERE = new Sum[0];

    private record RowKey(DriverRef.Kind kind, String subject, String service) {
        @Override
        public int hashCode() {
            return (31 * kind.ordinal() + subject.hashCode()) * 31 + service.hashCode();
        }
    }

    private final int columns;
    private final Map<RowKey, Sum[]> rows = new HashMap<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<String> centers = new ArrayList<>();
    private int slots;

    /** A table for rows that name at most {@code columns} distinct cost centers. */
    DriverTable(int columns) {
        this.columns = columns;
    }

    /** The sum of this row's key, new if need be, or null when the key is not kept here. */
    Sum sum(Outcome.DriverRow d) {
        Sum[] row = rows.computeIfAbsent(new RowKey(d.kind(), d.subject(), d.service()), k -> admit());
        if (row == NOT_HERE) {
            return null;
        }
        Integer column = columnOf.get(d.costCenter());
        if (column == null) {
            if (centers.size() == columns) {
                return null;
            }
            column = centers.size();
            columnOf.put(d.costCenter(), column);
            centers.add(d.costCenter());
        }
        Sum sum = row[column];
        if (sum == null) {
            sum = new Sum();
            row[column] = sum;
        }
        return sum;
    }

    private Sum[] admit() {
        if (slots + columns > SLOTS) {
            return NOT_HERE;
        }
        slots += columns;
        return new Sum[columns];
    }

    /** Puts every sum of the table into {@code map}, which holds none of the table's keys. */
    void moveInto(Map<Totals.DriverKey, Sum> map) {
        rows.forEach((key, row) -> {
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null && map.putIfAbsent(new Totals.DriverKey(key.kind(), key.subject(), key.service(),
                        centers.get(i)), row[i]) != null) {
                    throw new IllegalStateException("a driver total kept twice: " + key + " " + centers.get(i));
                }
            }
        });
        rows.clear();
    }
}
