package dev.chargeback.ingest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV file's data rows into record-aligned byte ranges, each with the physical line it starts on, in one
 * pass over the bytes. It reads the file as Commons CSV's RFC 4180 format does: a field that starts with a quote runs
 * to the closing quote ({@code ""} inside it is a quote), so a line break inside a quoted value is not the end of a
 * record and no range ever starts inside such a value. Lines are counted as Commons CSV counts them (CR, LF and CRLF
 * each one line), so a row's line in a range is the range's first line plus the parser's line count. A range starts
 * after an LF only; a file with CR-only line ends stays one range. A newline byte never occurs inside a UTF-8
 * sequence, so ranges never cut a character either.
 */
final class RecordBoundaries {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int IN_QUOTES = 2;
    private static final int QUOTE_END = 3;

    /** Bytes {@code [start, end)} of the file hold whole records, the first of which starts on line {@code firstLine}. */
    record Range(long start, long end, long firstLine) {
    }

    private RecordBoundaries() {
    }

    /**
     * The data rows of the file (after its header record) in at most {@code parts} ranges of about equal size; fewer
     * when records are long. With {@code parts == 1} only the header is scanned.
     */
    static List<Range> split(Path path, int parts) throws IOException {
        try (FileChannel in = FileChannel.open(path)) {
            return new Scan(in.size(), parts).run(in);
        }
    }

    /** The state of one pass: the CSV lexer's state, the line count and the boundaries found so far. */
    private static final class Scan {
        private final long size;
        private final int parts;
        private final List<Long> starts = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private int state = FIELD_START;
        private long line = 1;
        private byte previous;
        private boolean content;
        private long dataStart = -1;
        private long nextTarget;

        Scan(long size, int parts) {
            this.size = size;
            this.parts = Math.max(1, parts);
        }

        List<Range> run(FileChannel in) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            byte[] bytes = buffer.array();
            long offset = 0;
            int n;
            while ((n = in.read(buffer.clear())) > 0) {
                int from = offset == 0 && n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                        && bytes[2] == (byte) 0xBF ? 3 : 0;
                if (scan(bytes, from, n, offset)) {
                    break;
                }
                offset += n;
            }
            if (dataStart < 0) {
                starts.add(size);
                lines.add(line);
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
                ranges.add(new Range(starts.get(i), end, lines.get(i)));
            }
            return ranges;
        }

        /** Scans {@code bytes[from, to)} found at {@code offset}; true when no more boundary is wanted. */
        private boolean scan(byte[] bytes, int from, int to, long offset) {
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b == '\r' || (b == '\n' && previous != '\r')) {
                    line++;
                }
                previous = b;
                if (step(b) && b == '\n' && recordEnd(offset + i + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Advances the lexer by one byte; true when the byte ends a record (outside quotes). */
        private boolean step(byte b) {
            if (b != '\n' && b != '\r') {
                content = true;
            }
            switch (state) {
                case IN_QUOTES -> {
                    if (b == '"') {
                        state = QUOTE_END;
                    }
                    return false;
                }
                case FIELD_START -> state = b == '"' ? IN_QUOTES : UNQUOTED;
                case QUOTE_END -> state = b == '"' ? IN_QUOTES : UNQUOTED;
                default -> {
                }
            }
            if (b == ',' && state != IN_QUOTES) {
                state = FIELD_START;
            } else if ((b == '\n' || b == '\r') && state != IN_QUOTES) {
                state = FIELD_START;
                return true;
            }
            return false;
        }

        /** A record ended just before {@code position}; true when the scan can stop. */
        private boolean recordEnd(long position) {
            if (dataStart < 0) {
                if (!content) {
                    return false; // an empty line before the header, which Commons CSV skips
                }
                dataStart = position;
                starts.add(position);
                lines.add(line);
                nextTarget = position + (size - position) / parts;
                return parts == 1;
            }
            if (position >= nextTarget && position < size && starts.size() < parts) {
                starts.add(position);
                lines.add(line);
                nextTarget = dataStart + (size - dataStart) * starts.size() / parts;
                if (nextTarget <= position) {
                    nextTarget = position + 1;
                }
            }
            return starts.size() == parts;
        }
    }
}
