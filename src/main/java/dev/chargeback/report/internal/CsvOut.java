package dev.chargeback.report.internal;

import dev.chargeback.report.SafeText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes one output file atomically: into a temporary file beside it, then moved into place, so a reader never
 * sees half a file and a crash leaves the previous one. The temporary file is created like any other file of the
 * process, so the user's umask decides who may read the outputs (Files.createTempFile would make it 0600).
 * CSV is RFC 4180 with LF line ends, for byte-identical reruns on every platform; every text cell is neutralised
 * against formula injection ({@link SafeText}).
 */
final class CsvOut {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    interface Rows {
        void write(Printer out) throws IOException;
    }

    /**
     * Prints records through Commons CSV with every text cell passed through {@link SafeText} (formula injection),
     * so no writer can forget it. Numbers, and text that is a plain decimal number such as {@code -12.50}, stay
     * as they are.
     */
    static final class Printer {
        private final CSVPrinter printer;

        private Printer(CSVPrinter printer) {
            this.printer = printer;
        }

        void printRecord(Object... values) throws IOException {
            Object[] safe = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                safe[i] = SafeText.csvValue(values[i]);
            }
            printer.printRecord(safe);
        }

        void printRecord(Iterable<?> values) throws IOException {
            List<Object> safe = new ArrayList<>();
            values.forEach(v -> safe.add(SafeText.csvValue(v)));
            printer.printRecord(safe);
        }
    }

    interface Body {
        void write(Writer w) throws IOException;
    }

    interface BinaryBody {
        void write(OutputStream out) throws IOException;
    }

    private CsvOut() {
    }

    static void csv(Path file, List<String> header, Rows rows) {
        csv(file, FORMAT, false, header, rows);
    }

    /** In another CSV dialect (the ERP journal's delimiter), optionally after a UTF-8 byte-order mark. */
    static void csv(Path file, CSVFormat format, boolean byteOrderMark, List<String> header, Rows rows) {
        text(file, w -> {
            if (byteOrderMark) {
                w.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(w, format);
            printer.printRecord(header);
            rows.write(new Printer(printer));
            printer.flush();
        });
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static void removeQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the write's own error (if any) is what the user needs to see
        }
    }

    static void text(Path file, Body body) {
        binary(file, out -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()))) {
                body.write(w);
            }
        });
    }

    /** Writes a file of bytes (report.xlsx) the same atomic way. */
    static void binary(Path file, BinaryBody body) {
        Path folder = file.toAbsolutePath().getParent();
        Path tmp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(tmp); // left only when writing failed; the previous file stays in place
        }
    }
}
