package dev.chargeback.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** Number and calendar helpers, each written as the Python generator computed it (same rounding, same text). */
final class Numbers {
    private Numbers() {
    }

    /**
     * A plain decimal string with exactly {@code dp} decimals: the value times 10^dp rounded half-even to a whole
     * number (Python's {@code round}), so the text is the same as the Python generator's.
     */
    static String dec(double value, int dp) {
        long scaled = (long) Math.rint(value * Math.pow(10, dp));
        return BigDecimal.valueOf(scaled, dp).toPlainString();
    }

    /** Hours held as a whole number of quarter hours: 1 is "0.25", 6 is "1.5", 32 is "8". */
    static String quarters(int quarterHours) {
        return BigDecimal.valueOf(quarterHours * 25L, 2).stripTrailingZeros().toPlainString();
    }

    /** {@code "{:,.Nf}"} of a decimal: half-even rounding, thousands separated by commas. */
    static String grouped(BigDecimal value, int dp) {
        return String.format(Locale.ROOT, "%,." + dp + "f", value.setScale(dp, RoundingMode.HALF_EVEN));
    }

    static List<LocalDate> monthDays(String period) {
        YearMonth month = YearMonth.parse(period);
        return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).toList();
    }

    static List<LocalDate> workingDays(String period) {
        return monthDays(period).stream().filter(d -> !isWeekend(d)).toList();
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
