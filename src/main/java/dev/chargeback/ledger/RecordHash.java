package dev.chargeback.ledger;

import dev.chargeback.fingerprint.Sha256;

import java.util.List;
import java.util.SortedMap;

/**
 * The records chain's two canonical texts (the journal's entries have their own chain, {@link LedgerHash}). Every
 * value is written as {@code <number of UTF-16 chars>:<value>}, so that no text can move across a field boundary,
 * and nothing depends on the JVM's locale.
 *
 * <ul>
 * <li><b>A row</b>: its table's name (lower case), the number of its non-NULL columns, then each non-NULL column
 * in the order of its lower-case name, as name and value. A NULL column is left out, so a nullable column that a
 * later migration adds does not change the text of rows written before it. Values are as the database stores them:
 * text as is, integers in decimal, decimals plain with no trailing zeros ({@code 135.75}, {@code 0}), booleans
 * {@code true}/{@code false}, timestamps as UTC ISO-8601 instants ({@code 2026-11-02T08:00:00.123Z}).</li>
 * <li><b>A link</b>: the previous link's hash ({@link LedgerHash#GENESIS} for the first), its sequence number, its
 * kind ({@code IMPORT_BATCH}, {@code RUN}, {@code PERIOD_EVENT}), its group's key (batch id, run id, event id), the
 * number of records, then each record's table, key ({@code run_id=2026-10-3fa9c2d1, flow_no=17}) and row hash.</li>
 * </ul>
 */
public final class RecordHash {

    /** One sealed row: its table, its key as text, and the SHA-256 of its canonical text. */
    public record Sealed(String table, String key, String rowHash) {
    }

    private RecordHash() {
    }

    /** @param columns the row's non-NULL columns by lower-case name, each value already in its canonical form */
    public static String ofRow(String table, SortedMap<String, String> columns) {
        return ofRow(table, columns.keySet().toArray(String[]::new), columns.values().toArray(String[]::new));
    }

    /**
     * The same hash for a row given as its columns' lower-case names in name order and their canonical values, a
     * null value being a NULL column (left out): the form the records chain computes 100,000 rows with.
     */
    public static String ofRow(String table, String[] sortedNames, String[] values) {
        int present = 0;
        int length = 64;
        for (String v : values) {
            if (v != null) {
                present++;
                length += v.length() + 24;
            }
        }
        StringBuilder text = new StringBuilder(length);
        field(text, table);
        field(text, Integer.toString(present));
        for (int i = 0; i < sortedNames.length; i++) {
            if (values[i] != null) {
                field(text, sortedNames[i]);
                field(text, values[i]);
            }
        }
        return Sha256.of(text.toString());
    }

    public static String ofLink(String previousHash, long seq, String kind, String groupKey, List<Sealed> records) {
        Sha256.Text digest = Sha256.text(); // in pieces: 100,000 records make a text of 12 MB
        StringBuilder text = new StringBuilder(1 << 14);
        field(text, previousHash, seq, kind, groupKey, records.size());
        for (Sealed r : records) {
            field(text, r.table(), r.key(), r.rowHash());
            if (text.length() >= 1 << 13) {
                digest.add(text);
                text.setLength(0);
            }
        }
        return digest.add(text).hex();
    }

    private static void field(StringBuilder text, Object... values) {
        for (Object v : values) {
            field(text, String.valueOf(v));
        }
    }

    /** One field: its length in UTF-16 code units, a colon, the text (no array per call: 100,000 rows a run). */
    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }
}
