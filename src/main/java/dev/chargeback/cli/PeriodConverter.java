package dev.chargeback.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * {@code --period}: exactly {@code YYYY-MM}, a four-digit year and a month 01 to 12. {@link YearMonth#parse} alone
 * would also take {@code +12026-10}, a period no input file can name.
 */
final class PeriodConverter implements ITypeConverter<YearMonth> {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

    @Override
    public YearMonth convert(String value) {
        if (PERIOD.matcher(value).matches()) {
            try {
                return YearMonth.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5)));
            } catch (DateTimeException e) {
                // a month outside 01..12: the same answer as any other malformed period
            }
        }
        throw new TypeConversionException("'" + value + "' is not a period YYYY-MM (a four-digit year and a month "
                + "01 to 12, such as 2026-10)");
    }
}
