package dev.chargeback.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cost center named {@code =HYPERLINK("http://x","y")} comes out neutralised in every CSV the product writes
 * (run, compare, statement) and escaped in report.html; one named {@code <b>Executive</b>} is text, not markup.
 * (The workbook's cells are checked in {@link ReportWorkbookTest}.)
 */
class SafeOutputTest {
    private static final CSVFormat READ = CSVFormat.RFC4180;
    private static ReportFixture fixture;

    @BeforeAll
    static void writeEveryCsv() throws IOException {
        fixture = ReportFixture.posted();
        String folder = fixture.out.resolve("csv-2026-10").toString();
        ReportFixture.cli("compare", "--period", "2026-10", "--out", folder, "--db", fixture.db);
        ReportFixture.cli("statement", "--period", "2026-10", "--out", folder, "--db", fixture.db);
    }

    @Test
    void theFormulaNameIsNeutralisedInEveryCsvCellThatHoldsIt() throws IOException {
        List<String> holding = new ArrayList<>();
        for (Path csv : csvFiles()) {
            for (CSVRecord row : READ.parse(new StringReader(Files.readString(csv))).getRecords()) {
                for (String cell : row) {
                    if (cell.contains("HYPERLINK")) {
                        assertEquals("'" + ReportFixture.FORMULA_NAME, cell, csv + " line " + row.getRecordNumber());
                        holding.add(csv.getFileName().toString());
                    }
                    assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"),
                            csv + " line " + row.getRecordNumber() + ": " + cell);
                }
            }
        }
        assertTrue(holding.stream().anyMatch(f -> f.startsWith("compare-2026-10")), "compare CSV names LEGAL: "
                + holding);
        assertTrue(holding.stream().anyMatch(f -> f.startsWith("statements-2026-10")), "statements CSV names LEGAL: "
                + holding);
    }

    @Test
    void amountsThatAreNegativeStayNumbersInTheCsvFiles() throws IOException {
        // amounts, quantities and rates are written as numbers (or as plain decimal text): never with a quote
        for (Path csv : csvFiles()) {
            for (CSVRecord row : READ.parse(new StringReader(Files.readString(csv))).getRecords()) {
                for (String cell : row) {
                    if (cell.matches("'-?[0-9]+(\\.[0-9]+)?")) {
                        throw new AssertionError(csv + " line " + row.getRecordNumber() + ": a number got a quote");
                    }
                }
            }
        }
    }

    @Test
    void htmlEscapesTheNamesInsteadOfRunningThem() throws IOException {
        String html = Files.readString(fixture.folder().resolve("report.html"));
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"), "escaped formula name");
        assertTrue(html.contains("&lt;b&gt;Executive&lt;/b&gt;"), "escaped markup name");
        assertFalse(html.contains("<b>Executive"), "a name never becomes markup");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(?!data:).*"), "nothing fetched: no src or href but data:");
    }

    private static List<Path> csvFiles() throws IOException {
        try (Stream<Path> files = Files.walk(fixture.out)) {
            List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
            assertTrue(csv.size() >= 3 * 4 + 2, "the runs' and the reports' CSV files: " + csv);
            return csv;
        }
    }
}
