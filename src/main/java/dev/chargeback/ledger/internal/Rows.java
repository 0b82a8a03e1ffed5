package dev.chargeback.ledger.internal;

import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableRecord;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Typed bulk writes: rows are built as jOOQ records of their table (each value set by its field, so a column
 * cannot be shifted), then written on PostgreSQL with {@code COPY ... FROM STDIN} through the driver's
 * {@link CopyManager}, on the connection (and in the transaction) of the posting, streamed in blocks of 64 KB; on
 * H2 as multi-row INSERTs of at most {@link #BINDS} bind values each. Never one statement per row.
 */
final class Rows {
    private static final int BINDS = 30_000;
    private static final int COPY_BLOCK = 1 << 16;

    private Rows() {
    }

    static <R extends TableRecord<R>> void insert(DSLContext db, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.connection(c -> copy(c.unwrap(PGConnection.class).getCopyAPI(), table, rows));
            return;
        }
        int perStatement = Math.max(1, BINDS / table.fields().length);
        for (int from = 0; from < rows.size(); from += perStatement) {
            db.insertInto(table).columns(table.fields())
                    .valuesOfRecords(rows.subList(from, Math.min(rows.size(), from + perStatement))).execute();
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
            default -> out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
    }

    private static void write(CopyIn copy, StringBuilder block) throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
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
