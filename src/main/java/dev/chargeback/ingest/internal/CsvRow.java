package dev.chargeback.ingest.internal;

/** One data row of an input file: its first line number and its cells (missing trailing cells are null). */
record CsvRow(long line, String[] cells) {

    String cell(int index) {
        if (index < 0 || index >= cells.length) {
            return null;
        }
        String v = cells[index];
        return v == null ? null : v.trim();
    }
}
