package dev.chargeback.report.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of the report, as both report.html and report.xlsx draw it: a title, a caption saying what it shows,
 * its columns and rows of typed cells. The report model's sections (comparison, statements, recovery) become tables,
 * so that a new section is drawn in both files without touching either writer.
 *
 * @param sheet  the workbook sheet the table goes to (several tables may share one, one below the other)
 * @param onPage whether report.html shows it too (a table of every pool or flow is for the workbook only)
 */
record ReportTable(String sheet, String title, String caption, List<String> columns, List<List<Cell>> rows,
                   boolean onPage) {

    ReportTable(String sheet, String title, String caption, List<String> columns, List<List<Cell>> rows) {
        this(sheet, title, caption, columns, rows, true);
    }

    /** A cell: text, an amount in minor units of the report's currency, or another exact number. */
    sealed interface Cell permits Text, Amount, Number {
    }

    record Text(String text) implements Cell {
    }

    record Amount(long minor) implements Cell {
    }

    /** A quantity, a rate, a count: exact, printed as it is. */
    record Number(BigDecimal value) implements Cell {
    }

    static Cell text(Object value) {
        return new Text(value == null ? "" : value.toString());
    }

    static Cell amount(long minor) {
        return new Amount(minor);
    }

    static Cell number(BigDecimal value) {
        return value == null ? new Text("") : new Number(value);
    }

    static Cell number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }
}
