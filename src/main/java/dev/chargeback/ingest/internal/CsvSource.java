package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.InputKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Streams an input file's rows with Commons CSV (RFC 4180, header row, optional byte-order mark, CRLF or LF).
 * Reads one row ahead so that the writer knows when the last chunk is being written. It keeps no restart state:
 * a file step restarts from its first row, because its totals are only committed with its last chunk.
 */
final class CsvSource implements ItemStreamReader<CsvRow> {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    private final InputKind kind;
    private final Path path;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private CsvHeader header;
    private CsvRow next;
    private boolean exhausted;
    private long rowsRead;

    CsvSource(InputKind kind, Path path) {
        this.kind = kind;
        this.path = path;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            parser = CSVParser.parse(reader(path), FORMAT);
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(kind.fileName() + ": cannot read: " + e.getMessage(), e);
        }
        if (parser.getHeaderNames().isEmpty()) {
            throw new InputFileException(kind.fileName() + " line 1: the file is empty; expected a header row with "
                    + String.join(", ", kind.required()));
        }
        header = CsvHeader.of(kind, parser.getHeaderNames());
        records = parser.iterator();
        advance();
    }

    CsvHeader header() {
        return header;
    }

    /** True once the row most recently returned was the file's last. */
    boolean exhausted() {
        return exhausted;
    }

    long rowsRead() {
        return rowsRead;
    }

    @Override
    public CsvRow read() {
        CsvRow row = next;
        if (row != null) {
            rowsRead++;
            advance();
        }
        return row;
    }

    private void advance() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            if (records.hasNext()) {
                next = new CsvRow(line, records.next().values());
            } else {
                next = null;
                exhausted = true;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputFileException(kind.fileName() + " line " + line + ": cannot parse CSV ("
                    + e.getMessage() + "); check the quoting of that row", e);
        }
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with malformed bytes reported, and a leading byte-order mark skipped. */
    private static Reader reader(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader in = new PushbackReader(new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
