package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads an input file with Commons CSV (RFC 4180, header row, optional byte-order mark, CRLF or LF): its header
 * from the start of the file, and the rows of one record-aligned byte range ({@link RecordBoundaries}) on the
 * calling thread, each with its true physical line (the range's first line plus the parser's line count). A file
 * that cannot be decoded or parsed ends the read with its file and line ({@link InputFileException}).
 */
final class CsvRange {
    private static final CSVFormat HEADER = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
    private static final CSVFormat ROWS = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /** Progress is reported every this many rows. */
    private static final int REPORT_EVERY = 10_000;

    private final InputFile input;
    private final String fileName;
    private final Path path;

    CsvRange(InputFile input, Path path) {
        this.input = input;
        this.fileName = input.kind().fileName();
        this.path = path;
    }

    /** The file's header row, checked against the input file's columns. */
    CsvHeader header() {
        try (CSVParser parser = CSVParser.parse(reader(path), HEADER)) {
            if (parser.getHeaderNames().isEmpty()) {
                throw new InputFileException(fileName + " line 1: the file is empty; expected a header row with "
                        + String.join(", ", input.required()));
            }
            return CsvHeader.of(input, parser.getHeaderNames());
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(1, e);
        }
    }

    /**
     * Hands each row of the range to {@code rows}, in file order; {@code progress} gets the rows read since its last
     * call every {@value #REPORT_EVERY} rows and at the end.
     *
     * @return the rows read
     */
    long read(RecordBoundaries.Range range, Consumer<CsvRow> rows, LongConsumer progress) {
        long count = 0;
        long reported = 0;
        try (CSVParser parser = CSVParser.parse(rangeReader(range), ROWS)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = range.firstLine() + parser.getCurrentLineNumber();
                if (!next(records, line)) {
                    break;
                }
                rows.accept(new CsvRow(line, record(records, line)));
                if (++count - reported == REPORT_EVERY) {
                    progress.accept(REPORT_EVERY);
                    reported = count;
                }
            }
        } catch (IOException e) {
            throw unreadable(range.firstLine(), e);
        }
        progress.accept(count - reported);
        return count;
    }

    private boolean next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(line, e);
        }
    }

    private String[] record(Iterator<CSVRecord> records, long line) {
        try {
            return records.next().values();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(line, e);
        }
    }

    private Reader rangeReader(RecordBoundaries.Range range) throws IOException {
        FileChannel channel = FileChannel.open(path).position(range.start());
        InputStream bytes = BoundedInputStream.builder().setInputStream(Channels.newInputStream(channel))
                .setMaxCount(range.end() - range.start()).get();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
    }

    /**
     * A file that cannot be parsed. Bytes are decoded ahead of the parser, so for bad encoding the line is where
     * the parser stood, and the message says "near".
     */
    private InputFileException unreadable(long line, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                long bad = firstLineNotUtf8(path);
                return new InputFileException(fileName + (bad > 0 ? " line " + bad : " near line " + line)
                        + ": the file is not valid UTF-8 (bytes of another encoding, such as Latin-1 or"
                        + " Windows-1252); save it as UTF-8", e);
            }
        }
        return new InputFileException(fileName + " line " + line + ": cannot parse CSV (" + e.getMessage()
                + "); check the quoting of that row", e);
    }


    /**
     * The physical line of the first byte that is not UTF-8, found again from the file's bytes: the parser reads
     * ahead in blocks, so the line it was on when decoding failed can be hundreds of lines early. A newline byte never
     * occurs inside a UTF-8 sequence, so counting them up to the bad byte gives its line. 0 when not found.
     */
    private static long firstLineNotUtf8(Path path) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
        long line = 1;
        try (var in = Files.newByteChannel(path)) {
            boolean end = false;
            while (!end) {
                end = in.read(bytes) < 0;
                bytes.flip();
                int start = bytes.position();
                var result = decoder.decode(bytes, chars, end);
                line += newlines(bytes, start, bytes.position());
                if (result.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static long newlines(java.nio.ByteBuffer bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                n++;
            }
        }
        return n;
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
