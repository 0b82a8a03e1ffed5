package dev.chargeback.report.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes one output file atomically: into a temporary file beside it, then moved into place, so a reader never
 * sees half a file and a crash leaves the previous one. CSV is RFC 4180 with LF line ends, for byte-identical
 * reruns on every platform.
 */
public final class CsvOut {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    public interface Rows {
        void write(CSVPrinter out) throws IOException;
    }

    private CsvOut() {
    }

    public static void csv(Path file, List<String> header, Rows rows) {
        text(file, w -> {
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            printer.printRecord(header);
            rows.write(printer);
            printer.flush();
        });
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    public interface Body {
        void write(Writer w) throws IOException;
    }

    public static void text(Path file, Body body) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // temporary files are private (0600); outputs are for auditors and finance too
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
