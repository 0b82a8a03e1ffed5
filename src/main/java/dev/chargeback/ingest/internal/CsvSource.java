package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
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
import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.Iterator;
import java.util.List;

/**
 * Streams an input file's rows with Commons CSV (RFC 4180, header row, optional byte-order mark, CRLF or LF), as
 * items of up to {@link #BLOCK} rows: the step's per-item work is then paid per block, not per row. The final
 * block is marked, so that the writer knows when the last chunk is being written. It keeps no restart state: a file step
 * restarts from its first row, because its totals are only committed with its last chunk.
 */
final class CsvSource implements ItemStreamReader<List<CsvRow>> {
    static final int BLOCK = 1_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    private final InputFile input;
    private final String fileName;
    private final Path path;
    private CSVParser parser;
    private CsvHeader header;
    private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(8);
    private Thread parsing;
    private volatile boolean closed;
    private boolean exhausted;
    private long rowsRead;

    /** A block of rows; {@code last} marks the file's final block (possibly empty). */
    private record Block(List<CsvRow> rows, boolean last) {
    }

    CsvSource(InputFile input, Path path) {
        this.input = input;
        this.fileName = input.kind().fileName();
        this.path = path;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            parser = CSVParser.parse(reader(path), FORMAT);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(1, e);
        }
        if (parser.getHeaderNames().isEmpty()) {
            throw new InputFileException(fileName + " line 1: the file is empty; expected a header row with "
                    + String.join(", ", input.required()));
        }
        header = CsvHeader.of(input, parser.getHeaderNames());
        parsing = Thread.ofPlatform().daemon().name("parse-" + fileName).start(this::parse);
    }

    /**
     * Parses on its own thread, a few blocks ahead of the step, so that parsing (the slowest part of an import)
     * runs on one core while rows are checked and totalled on another.
     */
    private void parse() {
        Iterator<CSVRecord> records = parser.iterator();
        try {
            List<CsvRow> block = new ArrayList<>(BLOCK);
            while (!closed) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!next(records, line)) {
                    blocks.put(new Block(block, true)); // the final block holds the last row (empty only for no rows)
                    return;
                }
                if (block.size() == BLOCK) {
                    blocks.put(new Block(block, false));
                    block = new ArrayList<>(BLOCK);
                }
                block.add(new CsvRow(line, record(records, line)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            blocks.offer(e);
        }
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

    CsvHeader header() {
        return header;
    }

    /** True once the block most recently returned was the file's last. */
    boolean exhausted() {
        return exhausted;
    }

    long rowsRead() {
        return rowsRead;
    }

    @Override
    public List<CsvRow> read() {
        if (exhausted) {
            return null;
        }
        Object item;
        try {
            item = blocks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + fileName, e);
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        Block block = (Block) item;
        rowsRead += block.rows().size();
        exhausted = block.last();
        return block.rows().isEmpty() ? null : block.rows();
    }

    @Override
    public void close() {
        closed = true;
        if (parsing != null) {
            parsing.interrupt();
        }
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
