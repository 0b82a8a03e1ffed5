package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.Reject;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reads and checks the cells of one row. The first problem becomes the row's reject (file, line, column, value
 * and what was expected); later getters then return null without adding more.
 */
final class Cells {
    /** Decimal places of an amount: cost_total.amount is DECIMAL(38,4). */
    static final int AMOUNT_SCALE = 4;
    /** Decimal places of a quantity, rate or capacity: DECIMAL(38,12). */
    static final int QUANTITY_SCALE = 12;
    /** The precision of every DECIMAL column in sql/. */
    static final int PRECISION = 38;

    private final String file;
    private final CsvHeader header;
    private final CsvRow row;
    private Reject reject;

    Cells(CsvHeader header, CsvRow row) {
        this.file = header.file();
        this.header = header;
        this.row = row;
        if (row.cells().length > header.width()) {
            reject = new Reject(file, row.line(), "", "", "the row has " + row.cells().length
                    + " values but the header has " + header.width() + " columns");
        } else {
            refuseNul();
        }
    }

    /** PostgreSQL refuses U+0000 in text and H2 would take it: refused here, the same on both. */
    private void refuseNul() {
        for (int i = 0; i < row.cells().length; i++) {
            String v = row.cells()[i];
            if (v != null && v.indexOf('\0') >= 0) {
                fail(header.name(i), v, "contains a NUL byte (U+0000); remove it");
                return;
            }
        }
    }

    /** The row's outcome: the first problem as a reject, else what the check gave. */
    Outcome outcome(Outcome accepted) {
        return ok() ? accepted : new Outcome.Rejected(reject);
    }

    Reject reject() {
        return reject;
    }

    boolean ok() {
        return reject == null;
    }

    void fail(String column, String value, String reason) {
        if (reject == null) {
            reject = new Reject(file, row.line(), column, value == null ? "" : value.replace("\0", "\\0"), reason);
        }
    }

    /** The cell's value ("" when empty or absent); a value longer than its column holds is a reject. */
    String optional(String column) {
        String v = row.cell(header.position(column));
        if (v == null) {
            return "";
        }
        int limit = header.limit(column);
        if (v.length() > limit) {
            fail(column, v, "longer than " + limit + " characters (it has " + v.length() + ")");
        }
        return v;
    }

    String required(String column) {
        String v = optional(column);
        if (v.isEmpty()) {
            fail(column, v, "a value is required");
            return null;
        }
        return v;
    }

    String oneOf(String column, java.util.Set<String> known, String what) {
        String v = required(column);
        if (v != null && !known.contains(v)) {
            fail(column, v, "unknown " + what + "; expected one of the ids in " + (what.contains("service")
                    ? "services.csv" : "cost_centers.csv"));
            return null;
        }
        return v;
    }

    BigDecimal decimal(String column, int maxScale, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v == null || v.isEmpty()) {
            return null;
        }
        BigDecimal d = plainDecimal(v);
        if (d == null) {
            String hint = v.contains(",") ? " without thousands separators or decimal commas (e.g. 1234.50)" : "";
            fail(column, v, "expected a plain decimal number" + hint);
            return null;
        }
        if (d.scale() > maxScale) {
            fail(column, v, "at most " + maxScale + " decimal places are allowed");
            return null;
        }
        if (d.precision() - d.scale() > PRECISION - maxScale) {
            fail(column, v, "at most " + (PRECISION - maxScale) + " digits before the decimal point");
            return null;
        }
        return d;
    }

    /**
     * [+-]digits[.digits] as a BigDecimal (the value and scale {@code new BigDecimal(v)} gives), or null for any other
     * text. Checked by hand, since this runs for every row of a large file, and made from its units while they fit a
     * long (a row's quantity almost always does), without parsing the text a second time.
     */
    private static BigDecimal plainDecimal(String v) {
        boolean negative = v.charAt(0) == '-';
        int i = negative || v.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int point = -1;
        long units = 0;
        for (; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
                units = units * 10 + (ch - '0'); // exact while at most 18 digits
            } else if (ch == '.' && point < 0 && digits > 0) {
                point = digits;
            } else {
                return null;
            }
        }
        if (digits == 0 || point == digits) {
            return null;
        }
        if (digits > 18) {
            return new BigDecimal(v);
        }
        return BigDecimal.valueOf(negative ? -units : units, point < 0 ? 0 : digits - point);
    }

    BigDecimal positive(String column, int maxScale, boolean allowZero) {
        BigDecimal d = decimal(column, maxScale, true);
        if (d != null && (d.signum() < 0 || (!allowZero && d.signum() == 0))) {
            fail(column, d.toPlainString(), allowZero ? "must not be negative" : "must be greater than zero");
            return null;
        }
        return d;
    }

    LocalDate date(String column) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        try {
            // only YYYY-MM-DD: LocalDate.parse would also take signed years of more digits (+12026-10-01)
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10));
            }
            throw new NumberFormatException(v);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            fail(column, v, "expected an ISO date YYYY-MM-DD");
            return null;
        }
    }

    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new NumberFormatException(v);
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** A period cell: exactly four ASCII digits, a dash and a month (never {@code +12026-10}, which YearMonth takes). */
    YearMonth period(String column) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        if (!PERIOD.matcher(v).matches()) {
            fail(column, v, "expected a period YYYY-MM");
            return null;
        }
        return YearMonth.of(number(v, 0, 4), number(v, 5, 7));
    }

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    long line() {
        return row.line();
    }
}
