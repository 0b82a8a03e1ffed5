package dev.chargeback.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * An input CSV file edited line by line, to break a copy of the sample data on purpose. Line numbers are file lines,
 * the header being line 1 (what rejects.csv reports); every line must hold exactly one record (no quoted line
 * breaks), which is checked on load. Lines not edited keep their bytes.
 */
final class CsvFile {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path path;
    private final List<String> lines;
    private final List<String> header;

    private CsvFile(Path path, List<String> lines) {
        this.path = path;
        this.lines = lines;
        this.header = parse(lines.getFirst()).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (int i = 1; i < lines.size(); i++) {
            if (parse(lines.get(i)).size() != header.size()) {
                throw new IllegalStateException(path + " line " + (i + 1) + " is not one record of "
                        + header.size() + " cells; CsvFile edits single-line records only");
            }
        }
    }

    static CsvFile load(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (lines.getLast().isEmpty()) {
                lines.removeLast();
            }
            return new CsvFile(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file line (header = 1) of the first data row after {@code after} whose cells satisfy the test. */
    int findLine(int after, Predicate<Row> test) {
        for (int i = Math.max(1, after); i < lines.size(); i++) {
            if (test.test(new Row(i + 1, parse(lines.get(i))))) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no row after line " + after + " of " + path + " matches");
    }

    String cell(int line, String column) {
        return parse(lines.get(line - 1)).get(index(column));
    }

    CsvFile set(int line, String column, String value) {
        List<String> cells = new ArrayList<>(parse(lines.get(line - 1)));
        cells.set(index(column), value);
        lines.set(line - 1, print(cells));
        return this;
    }

    CsvFile dropColumn(String column) {
        int at = index(column);
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = new ArrayList<>(parse(lines.get(i)));
            cells.remove(at);
            lines.set(i, print(cells));
        }
        return this;
    }

    void save() {
        try {
            Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int index(String column) {
        int at = header.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException(path + " has no column " + column + " (header " + header + ")");
        }
        return at;
    }

    private static List<String> parse(String line) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.getFirst().toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String print(List<String> cells) {
        try (StringWriter w = new StringWriter(); CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
            printer.printRecord(cells);
            printer.flush();
            String record = w.toString();
            return record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A data row while searching: its file line and cells by column name. */
    final class Row {
        private final int line;
        private final List<String> cells;

        private Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        int line() {
            return line;
        }

        String get(String column) {
            return cells.get(index(column));
        }
    }
}
