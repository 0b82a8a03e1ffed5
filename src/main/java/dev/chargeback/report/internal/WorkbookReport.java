package dev.chargeback.report.internal;

import dev.chargeback.report.SafeText;
import dev.chargeback.allocation.Money;
import dev.chargeback.report.internal.ReportTable.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.xlsx for finance (Apache POI, streaming through SXSSF so that a run of 100,000 flows stays in little
 * memory): one sheet per table group (Summary, Comparison, Statements, Recovery, Allocations, Journal,
 * Reconciliation), amounts as number cells in the currency's format, other numbers as number cells, text through
 * {@link SafeText} (formula injection), the header row frozen and filtered. Tables that share a sheet are written
 * one below the other with a blank row; the first table's header is the one frozen and filtered.
 *
 * <p>A spreadsheet number is a binary double: an amount of up to 15 significant digits (any ledger amount below
 * 10^13) reads back as the same decimal to the cent, which the read-back test checks against the CSV files.
 */
final class WorkbookReport {
    private static final int WINDOW = 200;

    private WorkbookReport() {
    }

    static void write(Money money, List<String> sheetOrder, List<ReportTable> tables, Path file) {
        Map<String, List<ReportTable>> bySheet = new LinkedHashMap<>();
        sheetOrder.forEach(s -> bySheet.put(s, new ArrayList<>()));
        tables.forEach(t -> bySheet.computeIfAbsent(t.sheet(), s -> new ArrayList<>()).add(t));
        CsvOut.binary(file, out -> write(money, bySheet, out));
    }

    private static void write(Money money, Map<String, List<ReportTable>> bySheet, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook, money);
            bySheet.forEach((name, tables) -> sheet(workbook.createSheet(name), tables, styles));
            workbook.write(out);
        } finally {
            workbook.close(); // also removes SXSSF's temporary files
        }
    }

    private static void sheet(SXSSFSheet sheet, List<ReportTable> tables, Styles styles) {
        int r = 0;
        int widest = 1;
        for (ReportTable table : tables) {
            int header = r;
            writeRow(sheet.createRow(r++), table.columns().stream().map(ReportTable::text).toList(), styles.header,
                    styles);
            for (List<Cell> row : table.rows()) {
                writeRow(sheet.createRow(r++), row, null, styles);
            }
            if (header == 0) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, table.columns().size() - 1));
            }
            widest = Math.max(widest, table.columns().size());
            r++;
        }
        for (int c = 0; c < widest; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void writeRow(Row row, List<Cell> cells, CellStyle style, Styles styles) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.createCell(c);
            switch (cells.get(c)) {
                case ReportTable.Text t -> cell.setCellValue(SafeText.cell(t.text()));
                case ReportTable.Amount a -> {
                    cell.setCellValue(styles.money.toDecimal(a.minor()).doubleValue());
                    cell.setCellStyle(styles.amount);
                }
                case ReportTable.Number n -> cell.setCellValue(n.value().doubleValue());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** The workbook's cell styles: bold headers, and amounts with thousands and the currency's decimals. */
    private static final class Styles {
        final Money money;
        final CellStyle header;
        final CellStyle amount;

        Styles(SXSSFWorkbook workbook, Money money) {
            this.money = money;
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat(format(money)));
        }

        /** {@code #,##0.00 [$EUR]}: the currency's decimals, its code shown after the number. */
        static String format(Money money) {
            String number = money.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(money.scale());
            String code = " [$" + money.currency() + "]";
            return number + code + ";-" + number + code;
        }
    }
}
