package dev.chargeback.report.internal;

import dev.chargeback.report.SafeText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Formula injection (OWASP): text cells that a spreadsheet would run get a leading quote; numbers stay numbers. */
class SafeTextTest {

    @Test
    void textStartingWithAFormulaCharacterGetsALeadingQuote() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SafeText.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SafeText.cell("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SafeText.cell("-2+3"));
        assertEquals("'@SUM(A1:A2)", SafeText.cell("@SUM(A1:A2)"));
        assertEquals("'\t=1", SafeText.cell("\t=1"));
        assertEquals("'\r=1", SafeText.cell("\r=1"));
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-12.50", SafeText.cell("-12.50"));
        assertEquals("-3", SafeText.cell("-3"));
        assertEquals("Sales", SafeText.cell("Sales"));
        assertEquals("2026-10-8d9d21d8", SafeText.cell("2026-10-8d9d21d8"));
        assertEquals(" =x", SafeText.cell(" =x"));
        assertEquals("", SafeText.cell(""));
    }

    @Test
    void everyCsvTheWriterPrintsHasItsTextCellsNeutralisedAndItsNumbersUntouched(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("t.csv");
        CsvOut.csv(file, List.of("name", "amount", "count", "decimal", "memo"), out -> {
            out.printRecord("=HYPERLINK(\"http://x\",\"y\")", "-12.50", -5, new BigDecimal("-0.25"), "@x");
            out.printRecord(List.of("+1", "1234.50", 3, BigDecimal.ONE, "plain"));
        });
        assertEquals("""
                name,amount,count,decimal,memo
                "'=HYPERLINK(""http://x"",""y"")",-12.50,-5,-0.25,'@x
                '+1,1234.50,3,1,plain
                """, Files.readString(file));
    }
}
