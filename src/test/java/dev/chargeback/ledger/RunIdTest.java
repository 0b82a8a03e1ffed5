package dev.chargeback.ledger;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunIdTest {
    @Test
    void aNewRunIdIsThePeriodAndEightHexDigits() {
        // Random(7).nextInt() is fixed by the JDK's specification of java.util.Random
        int next = new Random(7).nextInt();
        RunId id = RunId.next(YearMonth.of(2026, 10), new Random(7));

        assertEquals(String.format(java.util.Locale.ROOT, "2026-10-%08x", next), id.value());
        assertTrue(id.value().matches("2026-10-[0-9a-f]{8}"), id.value());
    }

    @Test
    void aRunIdFromTheCommandLineIsStrippedAndChecked() {
        assertEquals("2026-10-3fa9c2d1", RunId.parse(" 2026-10-3fa9c2d1 ").value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunId.parse("2026-10 x"));
        assertEquals("run id '2026-10 x' is not an id: expected up to 40 letters, digits, '.', '-' or '_', such as "
                + "2026-10-3fa9c2d1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunId.parse("x".repeat(41)));
        assertThrows(IllegalArgumentException.class, () -> RunId.parse(""));
    }
}
