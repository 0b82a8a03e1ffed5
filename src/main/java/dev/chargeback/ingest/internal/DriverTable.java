package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputFileException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver sums of one file (or one partition of it) while it streams, in dense tables: one row of slots per
 * (kind, subject, service), one slot per cost center, each slot four longs side by side (the sum's units, its first
 * and last line, its row count with its scale). A usage file of 2,000 customers and 50 services has 100,000 keys;
 * finding each row's sum in one HashMap of 100,000 entries (a handful of cache misses per row: bucket, node, key,
 * its strings) took half the time a partition spent on its rows, and a {@link Sum} object per key still cost a
 * cache miss per row on top of the slot that pointed to it (a fifth of a partition's time, measured in a 6M-row
 * file). Here a row costs two lookups in small maps (tens of subjects, thousands of cost centers, both in cache)
 * and one slot of 32 bytes.
 * <p>
 * A slot holds its sum as a long of units at the largest scale added so far while it fits, like {@link Sum}; from
 * the first value or sum that does not fit, the slot's sum is a {@link Sum} of its own (exact, as a BigDecimal),
 * kept aside. The table holds at most {@link #SLOTS} slots (16 MB): a (kind, subject, service) seen when that many
 * are taken, or a cost center beyond the column count given, is not the table's, and its sums stay in the
 * caller's map ({@link #add} returns false for it). Both decisions are made once and never change, so every key
 * lives in exactly one of the two.
 */
final class DriverTable {
    /** At most this many slots in all rows together (four longs each). */
    static final int SLOTS = 1 << 19;
    private static final int STRIDE = 4;
    private static final int UNITS = 0;
    private static final int FIRST = 1;
    private static final int LAST = 2;
    /** The slot's row count in the low 56 bits and its scale above them; {@link #ASIDE} once its sum left a long. */
    private static final int META = 3;
    private static final int SCALE_SHIFT = 56;
    private static final long ROWS = (1L << SCALE_SHIFT) - 1;
    private static final long ASIDE = -1L;
    private static final long[] NOT_HERE = new long[0];

    private record RowKey(DriverRef.Kind kind, String subject, String service) {
        @Override
        public int hashCode() {
            return (31 * kind.ordinal() + subject.hashCode()) * 31 + service.hashCode();
        }
    }

    private final String file;
    private final int columns;
    private final Map<RowKey, long[]> rows = new HashMap<>();
    private final Map<long[], Sum[]> aside = new IdentityHashMap<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<String> centers = new ArrayList<>();
    private int slots;

    /** A table for rows of {@code file} that name at most {@code columns} distinct cost centers. */
    DriverTable(String file, int columns) {
        this.file = file;
        this.columns = columns;
    }

    /**
     * Adds the row's quantity to its key's sum; false, with nothing added, when the key is not kept here.
     *
     * @throws InputFileException when the sum passes what driver_total.quantity holds
     */
    boolean add(Outcome.DriverRow d) {
        long[] row = rows.computeIfAbsent(new RowKey(d.kind(), d.subject(), d.service()), k -> admit());
        if (row == NOT_HERE) {
            return false;
        }
        Integer column = columnOf.get(d.costCenter());
        if (column == null) {
            if (centers.size() == columns) {
                return false;
            }
            column = centers.size();
            columnOf.put(d.costCenter(), column);
            centers.add(d.costCenter());
        }
        int at = column * STRIDE;
        long meta = row[at + META];
        if (meta != ASIDE) {
            BigDecimal value = d.quantity();
            long units = Sum.units(value);
            long count = meta & ROWS;
            int scale = (int) (meta >>> SCALE_SHIFT);
            long sum = units == Long.MIN_VALUE || count == ROWS ? Long.MIN_VALUE
                    : Sum.plus(row[at + UNITS], scale, units, value.scale());
            if (sum != Long.MIN_VALUE) { // a long has at most 19 digits: never more than driver_total holds
                row[at + UNITS] = sum;
                row[at + META] = (count + 1) | (long) Math.max(scale, value.scale()) << SCALE_SHIFT;
                if (count == 0) {
                    row[at + FIRST] = d.line();
                }
                row[at + LAST] = d.line();
                return true;
            }
        }
        Sum sum = asideSum(row, column);
        sum.add(d.quantity(), d.line());
        Totals.checkQuantity(file, sum, d);
        return true;
    }

    /** The slot's sum as a Sum kept aside, moved there from its long the first time. */
    private Sum asideSum(long[] row, int column) {
        Sum[] sums = aside.computeIfAbsent(row, r -> new Sum[columns]);
        if (sums[column] == null) {
            sums[column] = sum(row, column);
            row[column * STRIDE + META] = ASIDE;
        }
        return sums[column];
    }

    /** The slot's sum as a Sum (a new one while it is in its long). */
    private Sum sum(long[] row, int column) {
        int at = column * STRIDE;
        long meta = row[at + META];
        if (meta == ASIDE) {
            return aside.get(row)[column];
        }
        return Sum.of(BigDecimal.valueOf(row[at + UNITS], (int) (meta >>> SCALE_SHIFT)), meta & ROWS,
                row[at + FIRST], row[at + LAST]);
    }

    private long[] admit() {
        if (slots + columns > SLOTS) {
            return NOT_HERE;
        }
        slots += columns;
        return new long[columns * STRIDE];
    }

    /** Puts every sum of the table into {@code map}, which holds none of the table's keys. */
    void moveInto(Map<Totals.DriverKey, Sum> map) {
        rows.forEach((key, row) -> {
            if (row == NOT_HERE) {
                return;
            }
            for (int i = 0; i < centers.size(); i++) {
                if (row[i * STRIDE + META] != 0 && map.putIfAbsent(new Totals.DriverKey(key.kind(), key.subject(),
                        key.service(), centers.get(i)), sum(row, i)) != null) {
                    throw new IllegalStateException("a driver total kept twice: " + key + " " + centers.get(i));
                }
            }
        });
        rows.clear();
        aside.clear();
    }
}
