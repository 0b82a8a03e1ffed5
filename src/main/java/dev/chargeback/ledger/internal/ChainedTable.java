package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.RecordHash;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A ledger table in the records chain: which group its rows are sealed with ({@code group}, the column holding the
 * group's key) and how a row is named (its primary key). The canonical text of a row is the same for every table
 * ({@link RecordHash}): each non-NULL column with its value as the database stores it. The columns' order by name
 * and the key's positions are worked out once, since a run seals 100,000 flows with them.
 */
final class ChainedTable {
    private final Table<?> table;
    private final SealKind kind;
    private final Field<?> group;
    private final String name;
    private final String[] sortedNames;
    private final Field<?>[] sortedFields;
    private final List<Field<?>> key;
    private final String[] keyNames;
    /** Each sorted column's and key column's position in a row of the table (selectFrom keeps the table's order). */
    private final int[] sortedAt;
    private final int[] keyAt;
    private final boolean hasTimestamp;
    /** Per sorted column its scale and converter, per key column its converter: looked up once, not per row. */
    private final int[] sortedScale;
    private final Converter<?, ?>[] sortedConverters;
    private final Converter<?, ?>[] keyConverters;

    ChainedTable(Table<?> table, SealKind kind, Field<?> group) {
        this.table = table;
        this.kind = kind;
        this.group = group;
        this.name = table.getName().toLowerCase(Locale.ROOT);
        this.sortedFields = Arrays.stream(table.fields())
                .sorted(Comparator.comparing((Field<?> f) -> f.getName().toLowerCase(Locale.ROOT)))
                .toArray(Field<?>[]::new);
        this.sortedNames = Arrays.stream(sortedFields).map(f -> f.getName().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        this.key = List.copyOf(table.getPrimaryKey().getFields());
        this.keyNames = key.stream().map(f -> f.getName().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        List<Field<?>> order = Arrays.asList(table.fields());
        this.sortedAt = Arrays.stream(sortedFields).mapToInt(order::indexOf).toArray();
        this.keyAt = key.stream().mapToInt(order::indexOf).toArray();
        this.hasTimestamp = order.stream().anyMatch(f -> java.time.temporal.Temporal.class
                .isAssignableFrom(f.getDataType().getType()));
        this.sortedScale = Arrays.stream(sortedFields).mapToInt(f -> f.getDataType().scale()).toArray();
        this.sortedConverters = Arrays.stream(sortedFields).map(Field::getConverter).toArray(Converter<?, ?>[]::new);
        this.keyConverters = key.stream().map(Field::getConverter).toArray(Converter<?, ?>[]::new);
    }

    Table<?> table() {
        return table;
    }

    SealKind kind() {
        return kind;
    }

    Field<?> group() {
        return group;
    }

    String name() {
        return name;
    }

    List<Field<?>> key() {
        return key;
    }

    /** The row as sealed: its table, its key ({@code run_id=2026-10-3fa9c2d1, flow_no=17}) and its hash. */
    RecordHash.Sealed seal(Record row) {
        return sealed(row, false);
    }

    /**
     * A row as written by this transaction, sealed as the database holds it: a decimal with more places than its
     * column is rounded as the database rounds it (half up). Only for tables without timestamps, whose stored
     * precision differs between databases.
     */
    RecordHash.Sealed sealWritten(Record row) {
        if (hasTimestamp) {
            throw new IllegalStateException(name + " has timestamps: seal it as read back");
        }
        return sealed(row, true);
    }

    private RecordHash.Sealed sealed(Record row, boolean asWritten) {
        String[] values = new String[sortedFields.length];
        boolean ofTable = row.size() == sortedFields.length;
        for (int i = 0; i < sortedFields.length; i++) {
            Object value = stored(sortedConverters[i], ofTable ? row.get(sortedAt[i]) : row.get(sortedFields[i]));
            int places = sortedScale[i];
            if (asWritten && value instanceof BigDecimal d && d.scale() > places) {
                value = d.setScale(places, RoundingMode.HALF_UP);
            }
            values[i] = value == null ? null : text(value);
        }
        return new RecordHash.Sealed(name, keyText(row), RecordHash.ofRow(name, sortedNames, values));
    }

    String keyText(Record row) {
        StringBuilder text = new StringBuilder(64);
        boolean ofTable = row.size() == sortedFields.length;
        for (int i = 0; i < keyNames.length; i++) {
            Object value = ofTable ? row.get(keyAt[i]) : row.get(key.get(i));
            text.append(i == 0 ? "" : ", ").append(keyNames[i]).append('=')
                    .append(text(stored(keyConverters[i], value)));
        }
        return text.toString();
    }
    /** The group key of a row as chain_link stores it. */
    String groupText(Object value) {
        return text(stored(group.getConverter(), value));
    }

    /** A value as the database holds it: through the column's converter (a YearMonth is the text 2026-10 ...). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object stored(Converter<?, ?> converter, Object value) {
        return value == null ? null : ((Converter) converter).to(value);
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
