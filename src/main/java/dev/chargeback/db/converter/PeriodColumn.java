package dev.chargeback.db.converter;

import org.jooq.impl.AbstractConverter;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The {@code period} column of every table (VARCHAR(7)) as a {@link YearMonth}, stored exactly as {@code YYYY-MM}.
 * Written out by hand rather than through {@link YearMonth#parse}, which also takes {@code +12026-10}: a stored period
 * is always four ASCII digits, a dash and two, whatever the JVM's locale.
 */
public final class PeriodColumn extends AbstractConverter<String, YearMonth> {
    private static final Pattern STORED = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    public PeriodColumn() {
        super(String.class, YearMonth.class);
    }

    @Override
    public YearMonth from(String stored) {
        if (stored == null) {
            return null;
        }
        if (!STORED.matcher(stored).matches()) {
            throw new IllegalStateException("period '" + stored + "' in the ledger is not YYYY-MM");
        }
        return YearMonth.of(Integer.parseInt(stored, 0, 4, 10), Integer.parseInt(stored, 5, 7, 10));
    }

    @Override
    public String to(YearMonth period) {
        if (period == null) {
            return null;
        }
        if (period.getYear() < 0 || period.getYear() > 9999) {
            throw new IllegalArgumentException("period " + period + " does not fit YYYY-MM");
        }
        return period.toString();
    }
}
