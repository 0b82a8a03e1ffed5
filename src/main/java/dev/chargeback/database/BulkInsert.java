package dev.chargeback.database;

import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UniqueKey;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed bulk writes, in the caller's transaction. Rows are built as jOOQ records of their table (each value set by
 * its field, so a column cannot be shifted), then written on PostgreSQL with {@code COPY ... FROM STDIN} through the
 * driver's {@link CopyManager}, streamed in blocks of 64 KB; on H2 as one INSERT, rendered once by jOOQ, whose
 * values are bound straight to the JDBC statement and executed in batches of {@link #BATCH} rows (jOOQ's own batch
 * binding spent a third of the time H2's writing took). Never one statement per row. Rows go in primary-key order
 * ({@link #inKeyOrder}).
 */
public final class BulkInsert {
    private static final int BATCH = 5_000;
    private static final int COPY_BLOCK = 1 << 16;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void insert(DSLContext db, Table<R> table, List<R> rows) {
        write(db, table, inKeyOrder(table, rows));
    }

    /**
     * Rows that the caller gives in primary-key order (a run's flows and journal lines, numbered as they are made),
     * written without the check of their order: each is read once, so rows {@link MadeRows made as they are read}
     * are made once here.
     */
    public static <R extends TableRecord<R>> void insertInKeyOrder(DSLContext db, Table<R> table, List<R> rows) {
        write(db, table, rows);
    }

    private static <R extends TableRecord<R>> void write(DSLContext db, Table<R> table, List<R> ordered) {
        if (ordered.isEmpty()) {
            return;
        }
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.connection(c -> copy(c.unwrap(PGConnection.class).getCopyAPI(), table, ordered));
            return;
        }
        Field<?>[] fields = table.fields();
        String insert = db.render(db.insertInto(table).columns(fields)
                .values(Collections.nCopies(fields.length, null)));
        db.connection(c -> {
            try (PreparedStatement statement = c.prepareStatement(insert)) {
                int batched = 0;
                for (R row : ordered) {
                    for (int i = 0; i < fields.length; i++) {
                        bind(statement, i + 1, fields[i], databaseValue(fields[i], row.get(i)));
                    }
                    statement.addBatch();
                    if (++batched == BATCH) {
                        statement.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /**
     * The rows sorted by the table's primary key (as stored: the converted values), or {@code rows} itself when they
     * already are, or the table has no key, or a key value is not comparable. Totals come out of hash maps in no
     * order, and a B-tree written in random key order dirties a different page with almost every row: H2 writes
     * every dirtied page again at each store while a transaction grows. Measured on H2: 100,000 rows shaped like
     * driver totals took 3.5 s to insert and commit in hash order and 1.2 s in key order in a table of their own; in
     * a 5M-row import, the merge's insert of its 100,000 driver totals 1.25-1.5 s -> 1.05 s and their seal
     * 0.55-0.67 s -> 0.4 s. Sorting costs about 0.1 s; flows and journal lines are written in key order already.
     */
    static <R extends TableRecord<R>> List<R> inKeyOrder(Table<R> table, List<R> rows) {
        return inKeyOrder(table, rows, row -> row);
    }

    /**
     * The items in the primary-key order of the rows they make ({@link #inKeyOrder(Table, List)}), or {@code items}
     * itself; each row is made once, for its key, and not kept: items so ordered are then written as
     * {@link MadeRows} with {@link #insertInKeyOrder}, and 100,000 driver totals are never all on the heap as records.
     */
    public static <T, R extends TableRecord<R>> List<T> inKeyOrder(Table<R> table, List<T> items,
                                                                   java.util.function.Function<T, R> row) {
        UniqueKey<R> key = table.getPrimaryKey();
        if (key == null || items.size() < 2) {
            return items;
        }
        Field<?>[] fields = key.getFieldsArray();
        int[] at = Arrays.stream(fields).mapToInt(table::indexOf).toArray();
        Object[][] keys = new Object[items.size()][];
        boolean sorted = true;
        for (int r = 0; r < keys.length; r++) {
            Object[] k = new Object[at.length];
            R made = row.apply(items.get(r));
            for (int i = 0; i < at.length; i++) {
                k[i] = databaseValue(fields[i], made.get(at[i]));
                if (k[i] != null && !(k[i] instanceof Comparable)) {
                    return items;
                }
            }
            keys[r] = k;
            sorted &= r == 0 || compare(keys[r - 1], k) <= 0;
        }
        if (sorted) {
            return items;
        }
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> compare(keys[a], keys[b]));
        List<T> ordered = new ArrayList<>(items.size());
        for (Integer i : order) {
            ordered.add(items.get(i));
        }
        return ordered;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = a[i] == null ? (b[i] == null ? 0 : -1) : b[i] == null ? 1 : ((Comparable) a[i]).compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void bind(PreparedStatement statement, int index, Field<?> field, Object value)
            throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, field.getDataType().getSQLType());
            case String text -> statement.setString(index, text);
            case BigDecimal d -> statement.setBigDecimal(index, d);
            case Integer n -> statement.setInt(index, n);
            case Long n -> statement.setLong(index, n);
            case byte[] bytes -> statement.setBytes(index, bytes);
            default -> statement.setObject(index, value);
        }
    }

    /** The rows as CSV (every text quoted, so that an unquoted empty value is NULL), copied into the table. */
    private static <R extends TableRecord<R>> void copy(CopyManager copies, Table<R> table, List<R> rows)
            throws SQLException {
        Field<?>[] fields = table.fields();
        String columns = Arrays.stream(fields).map(Field::getName).collect(Collectors.joining(", "));
        CopyIn copy = copies.copyIn("COPY " + table.getName() + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder block = new StringBuilder(COPY_BLOCK + 1024);
            for (R row : rows) {
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        block.append(',');
                    }
                    cell(block, databaseValue(fields[i], row.get(i)));
                }
                block.append('\n');
                if (block.length() >= COPY_BLOCK) {
                    write(copy, block);
                }
            }
            write(copy, block);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object databaseValue(Field<?> field, Object value) {
        return value == null ? null : ((Converter<Object, Object>) field.getConverter()).to(value);
    }

    private static void cell(StringBuilder out, Object value) {
        switch (value) {
            case null -> {
            }
            case BigDecimal d -> out.append(d.toPlainString());
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case byte[] bytes -> out.append("\\x").append(HexFormat.of().formatHex(bytes)); // bytea's hex form
            default -> out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
    }

    private static void write(CopyIn copy, StringBuilder block) throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
    }
}
