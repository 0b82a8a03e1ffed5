package dev.chargeback.ingest.internal;

import java.math.BigDecimal;

/**
 * A running total with its row count and line range. The total is exact: it is kept as a long of units at the
 * largest scale added so far while it fits (no object made per row: with 5M usage rows, adding into a new
 * BigDecimal each time was a fifth of the import's parse), and as a BigDecimal from the first value or sum that
 * does not fit. Either way {@link #total()} is the BigDecimal sum of the values added, scale included. One per key
 * of a file's {@link Totals}.
 */
final class Sum {
    private static final long[] TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
            10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
            100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
    private long unscaled;
    private int scale;
    private BigDecimal big; // the total once it left a long
    long rows;
    long firstLine;
    long lastLine;

    /** A sum read back from its parts (see PartialTotals). */
    static Sum of(BigDecimal total, long rows, long firstLine, long lastLine) {
        Sum s = new Sum();
        s.plus(total);
        s.rows = rows;
        s.firstLine = firstLine;
        s.lastLine = lastLine;
        return s;
    }

    BigDecimal total() {
        return big != null ? big : BigDecimal.valueOf(unscaled, scale);
    }

    /** True when the total has more digits before the decimal point than {@code digits}. */
    boolean exceeds(int digits) {
        if (big == null && digits >= TEN.length) {
            return false; // a long has at most 19 digits
        }
        BigDecimal t = total();
        return t.precision() - t.scale() > digits;
    }

    void add(BigDecimal value, long line) {
        plus(value);
        if (rows++ == 0) {
            firstLine = line;
        }
        lastLine = line;
    }

    /** This sum followed by the sum of the same key in a later part of the file. */
    Sum then(Sum later) {
        if (big != null || later.big != null || !plus(later.unscaled, later.scale)) {
            big = total().add(later.total());
        }
        if (rows == 0) {
            firstLine = later.firstLine;
        }
        rows += later.rows;
        if (later.rows > 0) {
            lastLine = later.lastLine;
        }
        return this;
    }

    private void plus(BigDecimal value) {
        long u = big == null ? units(value) : Long.MIN_VALUE;
        if (u == Long.MIN_VALUE || !plus(u, value.scale())) {
            big = total().add(value);
        }
    }

    /** Adds {@code u} units of 10^-s to the long total; false (and nothing changed) when it would not fit. */
    private boolean plus(long u, int s) {
        long r = plus(unscaled, scale, u, s);
        if (r == Long.MIN_VALUE) {
            return false;
        }
        unscaled = r;
        scale = Math.max(scale, s);
        return true;
    }

    /**
     * The units of {@code a} x 10^-as plus {@code b} x 10^-bs at the larger of the two scales, or Long.MIN_VALUE
     * when they do not fit a long (that sum itself is then never kept in a long either).
     */
    static long plus(long a, int as, long b, int bs) {
        int at = Math.max(as, bs);
        if (at - Math.min(as, bs) >= TEN.length) {
            return Long.MIN_VALUE;
        }
        long x = as < at ? times(a, TEN[at - as]) : a;
        long y = bs < at ? times(b, TEN[at - bs]) : b;
        long r = x + y;
        return x == Long.MIN_VALUE || y == Long.MIN_VALUE || ((x ^ r) & (y ^ r)) < 0 ? Long.MIN_VALUE : r;
    }

    /**
     * The units of {@code value} at its own scale (its unscaled value), or Long.MIN_VALUE when it has a negative
     * scale, a scale beyond a long's 18 digits, or too many digits for a long.
     */
    static long units(BigDecimal value) {
        int s = value.scale();
        if (s < 0 || s >= TEN.length || value.precision() >= TEN.length) {
            return Long.MIN_VALUE;
        }
        return value.scaleByPowerOfTen(s).longValue(); // no BigInteger made
    }

    /** x times p, or Long.MIN_VALUE when the product does not fit (nor is it ever MIN_VALUE itself here). */
    private static long times(long x, long p) {
        long low = x * p;
        return Math.multiplyHigh(x, p) == (low >> 63) && low != Long.MIN_VALUE ? low : Long.MIN_VALUE;
    }
}
