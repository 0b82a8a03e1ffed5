package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.RecordHash;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ledger table in the records chain: which group its rows are sealed with ({@code group}, the column holding the
 * group's key) and how a row is named (its primary key). The canonical text of a row is the same for every table
 * ({@link RecordHash}): each non-NULL column with its value as the database stores it.
 */
record ChainedTable(Table<?> table, SealKind kind, Field<?> group) {

    String name() {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    List<Field<?>> key() {
        return List.copyOf(table.getPrimaryKey().getFields());
    }

    /** The row as sealed: its table, its key ({@code run_id=2026-10-3fa9c2d1, flow_no=17}) and its hash. */
    RecordHash.Sealed seal(Record row) {
        SortedMap<String, String> columns = new TreeMap<>();
        for (Field<?> f : table.fields()) {
            Object value = stored(f, row.get(f));
            if (value != null) {
                columns.put(f.getName().toLowerCase(Locale.ROOT), text(value));
            }
        }
        return new RecordHash.Sealed(name(), keyText(row), RecordHash.ofRow(name(), columns));
    }

    String keyText(Record row) {
        StringBuilder key = new StringBuilder();
        for (Field<?> f : key()) {
            key.append(key.isEmpty() ? "" : ", ").append(f.getName().toLowerCase(Locale.ROOT)).append('=')
                    .append(text(stored(f, row.get(f))));
        }
        return key.toString();
    }

    /** The group key of a row as chain_link stores it. */
    String groupText(Object value) {
        return text(stored(group, value));
    }

    /** A value as the database holds it: through the column's converter (a YearMonth is the text 2026-10 ...). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object stored(Field<?> field, Object value) {
        return value == null ? null : ((Converter) field.getConverter()).to(value);
    }

    /** The canonical, locale-free text of a stored value (see {@link RecordHash}). */
    static String text(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> s;
            case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case Short s -> Short.toString(s);
            case Boolean b -> Boolean.toString(b);
            case OffsetDateTime t -> t.toInstant().toString();
            default -> throw new IllegalStateException("no canonical text for a " + value.getClass().getName()
                    + ": document it in RecordHash and add it here");
        };
    }
}
