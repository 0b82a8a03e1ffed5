package dev.chargeback.report;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.xlsx read back with POI: its sheets equal allocations.csv, journal.csv and reconciliation.csv to the cent. */
class ReportWorkbookTest {
    /** Columns that are amounts in the CSV files: number cells in the currency's format in the workbook. */
    private static final Set<String> AMOUNTS = Set.of("amount", "debit", "credit", "own_cost", "received", "cost_in",
            "allocated", "remainder", "difference");

    private static ReportFixture fixture;
    private static Workbook workbook;

    @BeforeAll
    static void readWorkbook() throws IOException {
        fixture = ReportFixture.posted();
        try (InputStream in = Files.newInputStream(fixture.folder().resolve("report.xlsx"))) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void workbookHasTheSevenSheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Comparison", "Statements", "Recovery", "Allocations", "Journal",
                "Reconciliation"), names);
    }

    @Test
    void allocationsSheetEqualsAllocationsCsvToTheCent() {
        assertSheetEqualsCsv("Allocations", "allocations.csv");
    }

    @Test
    void journalSheetEqualsJournalCsvToTheCent() {
        assertSheetEqualsCsv("Journal", "journal.csv");
    }

    @Test
    void reconciliationSheetEqualsReconciliationCsvAndEveryDifferenceIsZero() {
        assertSheetEqualsCsv("Reconciliation", "reconciliation.csv");
        Sheet sheet = workbook.getSheet("Reconciliation");
        int difference = fixture.csvHeader("reconciliation.csv").indexOf("difference");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            assertEquals(0.0, sheet.getRow(r).getCell(difference).getNumericCellValue(), "row " + (r + 1));
        }
    }

    @Test
    void summaryShowsWhatMarketingPaidItAsAllocationsCsvSaysIt() {
        Sheet summary = workbook.getSheet("Summary");
        int header = findRow(summary, "department");
        Row columns = summary.getRow(header);
        int it = -1;
        for (Cell c : columns) {
            if (c.getStringCellValue().endsWith("(IT)")) {
                it = c.getColumnIndex();
            }
        }
        Row marketing = summary.getRow(findRow(summary, "MARKETING"));
        assertEquals(fixture.itChargeOf("MARKETING"),
                decimal(marketing.getCell(it)).setScale(2, RoundingMode.UNNECESSARY));
    }

    @Test
    void headerRowsAreFrozenAndFilteredAndAmountsCarryTheCurrencyFormat() {
        for (String name : List.of("Allocations", "Journal", "Reconciliation")) {
            XSSFSheet sheet = (XSSFSheet) workbook.getSheet(name);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), name + " frozen rows");
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), name + " auto filter");
        }
        Cell amount = workbook.getSheet("Allocations").getRow(1)
                .getCell(fixture.csvHeader("allocations.csv").indexOf("amount"));
        assertEquals(CellType.NUMERIC, amount.getCellType());
        assertEquals("#,##0.00 [$EUR];-#,##0.00 [$EUR]", amount.getCellStyle().getDataFormatString());
    }

    @Test
    void aNameThatIsAFormulaIsNeutralisedTextInTheWorkbook() {
        Sheet allocations = workbook.getSheet("Allocations");
        List<String> header = headerOf(allocations);
        int receiver = header.indexOf("receiver");
        int name = header.indexOf("receiver_name");
        boolean seen = false;
        for (int r = 1; r <= allocations.getLastRowNum(); r++) {
            Row row = allocations.getRow(r);
            if (row.getCell(receiver).getStringCellValue().equals("LEGAL")) {
                assertEquals(CellType.STRING, row.getCell(name).getCellType());
                assertEquals("'" + ReportFixture.FORMULA_NAME, row.getCell(name).getStringCellValue());
                seen = true;
            }
        }
        assertTrue(seen, "LEGAL receives in allocations.csv");
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
            if (cell.getCellType() == CellType.STRING) {
                assertTrue(!cell.getStringCellValue().startsWith("="), sheet.getSheetName() + " " + cell.getAddress());
            }
        })));
    }

    private void assertSheetEqualsCsv(String sheetName, String csv) {
        Sheet sheet = workbook.getSheet(sheetName);
        List<String> header = fixture.csvHeader(csv);
        assertEquals(header, headerOf(sheet).subList(0, header.size()), sheetName + " header");
        List<CSVRecord> rows = fixture.csv(csv);
        assertEquals(rows.size(), sheet.getLastRowNum(), sheetName + " rows");
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.getRow(r + 1);
            for (int c = 0; c < header.size(); c++) {
                String where = sheetName + " row " + (r + 2) + " column " + header.get(c);
                assertCellEquals(rows.get(r).get(c), row.getCell(c), AMOUNTS.contains(header.get(c)), where);
            }
        }
    }

    private static void assertCellEquals(String expected, Cell cell, boolean amount, String where) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            assertEquals("", expected, where);
        } else if (cell.getCellType() == CellType.NUMERIC) {
            BigDecimal value = decimal(cell);
            if (amount) {
                assertEquals(expected, value.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), where);
            } else {
                assertEquals(0, new BigDecimal(expected).compareTo(value), where + ": " + value);
            }
        } else {
            assertEquals(expected, cell.getStringCellValue(), where);
        }
    }

    /** The decimal a number cell holds: the shortest decimal that reads back as its double (exact for cents). */
    private static BigDecimal decimal(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static List<String> headerOf(Sheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
    }
}
