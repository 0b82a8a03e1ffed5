package dev.chargeback.cli;

import dev.chargeback.database.DatabaseException;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.period.PeriodClosedException;
import dev.chargeback.period.PeriodException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage errors are named, in a few lines on stderr, with exit 2; nothing else is exit 2 by accident. */
class UsageErrorsTest {

    @Test
    void misspeltPeriodOptionIsNamedWithTheOptionItMayHaveMeant() {
        Commands.Result r = Commands.inProcess("run", "--perod", "2026-10");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertEquals(java.util.List.of("chargeback: Unknown option: '--perod'", "Possible solutions: --period",
                "Usage: see `chargeback run --help`"), r.errLines(), r::toString);
    }

    @Test
    void misspeltOptionBesideTheRequiredOnesIsNamedAlone() {
        Commands.Result r = Commands.inProcess("run", "--period", "2026-10", "--dta", "sample-data");
        assertEquals(2, r.exit(), r::toString);
        assertEquals(java.util.List.of("chargeback: Unknown option: '--dta'", "Usage: see `chargeback run --help`"),
                r.errLines(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run --period 2026-10", "status", "verify", "export --run x", "close --period 2026-10 "
            + "--reason r", "reopen --period 2026-10 --reason r", "bench", "diff --period 2026-10"})
    void everyCommandNamesAnUnknownOptionAndExits2(String command) {
        String[] args = (command + " --bogus-option").split(" ");
        Commands.Result r = Commands.inProcess(args);
        assertEquals(2, r.exit(), r::toString);
        assertEquals("chargeback: Unknown option: '--bogus-option'", r.errLines().getFirst(), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "+12026-10", "26-10", "2026-1", "2026/10", "2026-10-01", " 2026-10"})
    void periodThatIsNotYyyyMmIsAUsageError(String period) {
        for (String command : new String[]{"run", "close", "reopen"}) {
            Commands.Result r = Commands.inProcess(command, "--period", period, "--reason", "r");
            assertEquals(2, r.exit(), r::toString);
            assertEquals("chargeback: Invalid value for option '--period': '" + period + "' is not a period YYYY-MM "
                    + "(a four-digit year and a month 01 to 12, such as 2026-10)", r.errLines().getFirst(),
                    r::toString);
        }
    }

    @Test
    void periodConverterTakesExactlyFourDigitYearAndMonth() {
        assertEquals(YearMonth.of(2026, 10), new PeriodConverter().convert("2026-10"));
        assertEquals(YearMonth.of(1999, 1), new PeriodConverter().convert("1999-01"));
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> new PeriodConverter().convert("+2026-10"));
    }

    @Test
    void unknownMethodIsAUsageErrorNamingTheMethods() {
        Commands.Result r = Commands.inProcess("run", "--period", "2026-10", "--method", "stepdown");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("chargeback: Invalid value for option '--method': 'stepdown' is not a method (expected direct, "
                + "step-down, reciprocal)", r.errLines().getFirst(), r::toString);
    }

    @Test
    void methodWordsAreTakenInAnyCase() {
        assertEquals(dev.chargeback.allocation.Method.STEP_DOWN, new MethodConverter().convert("Step-Down"));
        assertEquals(dev.chargeback.allocation.Method.RECIPROCAL, new MethodConverter().convert("reciprocal"));
    }

    @Test
    void onlyTheEnginesOwnErrorsExit2() {
        assertEquals(2, ChargebackCli.exitCode(new DatabaseException("cannot connect")));
        assertEquals(2, ChargebackCli.exitCode(new PeriodException("already CLOSED")));
        assertEquals(2, ChargebackCli.exitCode(new PeriodClosedException(java.time.YearMonth.of(2026, 10))));
        assertEquals(2, ChargebackCli.exitCode(new InputFileException("costs.csv line 3: bad amount")));
        assertEquals(1, ChargebackCli.exitCode(new IllegalArgumentException("a bug")));
        assertEquals(1, ChargebackCli.exitCode(new NumberFormatException("a bug")));
        assertEquals(1, ChargebackCli.exitCode(new IllegalStateException("a bug")));
        assertEquals(1, ChargebackCli.exitCode(new NullPointerException()));
    }

    @Test
    void helpStillGoesToStandardOutputWithExit0() {
        Commands.Result r = Commands.inProcess("run", "--help");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("--period=YYYY-MM"), r::toString);
        assertFalse(r.err().contains("chargeback:"), r::toString);
    }
}
