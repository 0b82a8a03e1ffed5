package dev.chargeback.ledger;

import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.random.RandomGenerator;

/**
 * The id of an allocation run: its period and eight hex digits ({@code 2026-10-3fa9c2d1}), made once when the run
 * starts and stored in every row the run posts. Any id the ledger holds is accepted back (1 to 40 ASCII letters,
 * digits, dots, dashes or underscores: the schema's VARCHAR(40)); a new one is always {@code <period>-<8 hex>}.
 */
public record RunId(String value) implements Comparable<RunId> {
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public RunId {
        if (value == null || !WELL_FORMED.matcher(value).matches()) {
            throw new IllegalArgumentException("run id '" + value + "' is not an id: expected up to 40 letters, "
                    + "digits, '.', '-' or '_', such as 2026-10-3fa9c2d1");
        }
    }

    /** A new run id for a run of {@code period}: {@code <YYYY-MM>-<8 hex digits>}. */
    public static RunId next(YearMonth period, RandomGenerator random) {
        return new RunId(period + "-" + HexFormat.of().toHexDigits(random.nextInt()));
    }

    /** A run id as given on the command line ({@code --run}). */
    public static RunId parse(String text) {
        return new RunId(text == null ? null : text.strip());
    }

    @Override
    public int compareTo(RunId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
