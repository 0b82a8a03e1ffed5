package dev.chargeback.database;

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
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * binding spent a third of the time H2's writing took). Never one statement per row.
 */
public final class BulkInsert {
    private static final int BATCH = 5_000;
    private static final int COPY_BLOCK = 1 << 16;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void insert(DSLContext db, Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.connection(c -> copy(c.unwrap(PGConnection.class).getCopyAPI(), table, rows));
            return;
        }
        Field<?>[] fields = table.fields();
        String insert = db.render(db.insertInto(table).columns(fields)
                .values(Collections.nCopies(fields.length, null)));
        db.connection(c -> {
            try (PreparedStatement statement = c.prepareStatement(insert)) {
                int batched = 0;
                for (R row : rows) {
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
