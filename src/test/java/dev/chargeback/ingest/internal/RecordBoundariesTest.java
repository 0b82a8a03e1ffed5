package dev.chargeback.ingest.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file split into byte ranges reads, range by range, exactly as the whole file reads with Commons CSV: the same
 * rows, in the same order, with the same physical lines, whatever quoted newlines, commas and quotes it holds.
 */
class RecordBoundariesTest {

    @Test
    void aBoundaryNeverCutsAQuotedValueThatHoldsNewlines() throws IOException {
        // the middle of the data falls inside the quoted note of line 3, which spans lines 3 to 6
        String csv = "a,b,c\n1,x,plain\n2,y,\"one\nline,two\n\"\"three\"\"\nfour\"\n3,z,last\n";
        Path file = write(csv);
        List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 2);
        assertThat(ranges).hasSize(2);
        long boundary = ranges.get(1).start();
        assertThat(csv.substring(0, (int) boundary)).endsWith("four\"\n");
        assertThat(ranges.get(1).firstLine()).isEqualTo(7);
        assertThat(read(file, ranges)).containsExactly("2|1|x|plain", "3|2|y|one\nline,two\n\"three\"\nfour",
                "7|3|z|last");
    }

    @Test
    void aByteOrderMarkAndCrlfLinesAreRead() throws IOException {
        Path file = Files.createTempFile("bom", ".csv");
        Files.write(file, ("\uFEFFa,b\r\n1,\"x\r\ny\"\r\n2,z\r\n3,w\r\n").getBytes(StandardCharsets.UTF_8));
        List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, 3);
        assertThat(ranges.getFirst().firstLine()).isEqualTo(2);
        assertThat(read(file, ranges)).containsExactly("2|1|x\r\ny", "4|2|z", "5|3|w");
    }

    @Property(tries = 200)
    void splitReadsAsTheWholeFile(@ForAll("files") String csv, @ForAll @IntRange(min = 1, max = 7) int parts)
            throws IOException {
        Path file = write(csv);
        try {
            List<RecordBoundaries.Range> ranges = RecordBoundaries.split(file, parts);
            assertThat(ranges.size()).isBetween(1, parts);
            assertThat(ranges.getLast().end()).isEqualTo(Files.size(file));
            for (int i = 1; i < ranges.size(); i++) {
                assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).end());
            }
            assertThat(read(file, ranges)).isEqualTo(whole(file));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab1é,\"\n ").ofMaxLength(8),
                Arbitraries.strings().withChars("abc123.").ofMaxLength(6));
        Arbitrary<List<String>> row = cell.list().ofSize(3);
        return Arbitraries.of("\n", "\r\n").flatMap(newline -> row.list().ofMinSize(0).ofMaxSize(40)
                .map(rows -> csv(rows, newline)));
    }

    private static String csv(List<List<String>> rows, String newline) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(newline).get();
        try {
            format.printRecord(out, "h1", "h2", "h3");
            for (List<String> row : rows) {
                format.printRecord(out, row.toArray());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Path write(String csv) throws IOException {
        Path file = Files.createTempFile("boundaries", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Every row of the ranges as "line|cells" (cells joined by |), read by the import's own range reader. */
    private static List<String> read(Path file, List<RecordBoundaries.Range> ranges) {
        CsvRange csv = new CsvRange(new UsageFile(), file);
        List<String> rows = new ArrayList<>();
        for (RecordBoundaries.Range range : ranges) {
            csv.read(range, row -> rows.add(row.line() + "|" + String.join("|", Arrays.asList(row.cells()))),
                    n -> { });
        }
        return rows;
    }

    /** The rows of the whole file as Commons CSV reads it with its header, each with its first physical line. */
    private static List<String> whole(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        List<String> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return rows;
                }
                CSVRecord record = records.next();
                rows.add(line + "|" + String.join("|", Arrays.asList(record.values())));
            }
        }
    }
}
