package dev.chargeback.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned table for the terminal: text columns left-aligned, number columns right-aligned, two spaces between.
 * Numbers are printed as plain decimals (no thousands separators), as in the CSV files, so the two read alike.
 */
final class TextTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name ending in '>' marks a right-aligned (number) column, the '>' is not printed. */
    TextTable(String... columns) {
        header = new ArrayList<>();
        numeric = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            numeric[i] = columns[i].endsWith(">");
            header.add(numeric[i] ? columns[i].substring(0, columns[i].length() - 1) : columns[i]);
        }
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(cell(c));
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    static String cell(Object c) {
        if (c == null) {
            return "-";
        }
        return c instanceof BigDecimal d ? d.toPlainString() : c.toString();
    }

    void print(PrintWriter out, String indent) {
        int[] width = new int[header.size()];
        for (List<String> r : withHeader()) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : withHeader()) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.size(); i++) {
                String pad = " ".repeat(width[i] - r.get(i).length());
                line.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + r.get(i) : r.get(i) + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
