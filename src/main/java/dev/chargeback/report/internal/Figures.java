package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as people read them in the HTML report: {@code 35,029.79}, exact (formatted from the decimal, never a
 * double), with a comma between thousands and a point before the cents whatever the JVM's locale.
 */
final class Figures {
    private Figures() {
    }

    static String amount(Money money, long minor) {
        return format(money.toDecimal(minor), money.scale());
    }

    static String number(BigDecimal value) {
        return value == null ? "" : format(value, Math.max(value.stripTrailingZeros().scale(), 0));
    }

    private static String format(BigDecimal value, int scale) {
        String pattern = scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
