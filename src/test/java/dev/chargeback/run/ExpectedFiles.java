package dev.chargeback.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Output files compared row by row with expected files in src/test/resources/e2e (the same files for H2 and
 * PostgreSQL, so the two databases must also agree with each other). Only the columns the expected file names are
 * compared: run_id differs per run and memo is prose, so neither is kept, and a new optional output column does not
 * break the comparison.
 *
 * <p>With {@code -De2e.writeExpected=true} the expected files are written from the outputs instead of compared.
 */
final class ExpectedFiles {
    private static final Path SOURCE = Path.of("src", "test", "resources", "e2e");
    private static final Set<String> NOT_KEPT = Set.of("run_id", "memo");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private ExpectedFiles() {
    }

    /** @param expected the expected file, relative to e2e/ */
    static void assertMatches(RunOutput out, String file, String expected) {
        if (Boolean.getBoolean("e2e.writeExpected")) {
            write(out, file, SOURCE.resolve(expected));
            return;
        }
        String resource = "/e2e/" + expected;
        String expectedText;
        try (InputStream in = ExpectedFiles.class.getResourceAsStream(resource)) {
            assertTrue(in != null, () -> "missing expected file src/test/resources" + resource);
            expectedText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CSVRecord> want = RunOutput.parse(expectedText);
        List<CSVRecord> got = out.csv(file);
        List<String> columns = RunOutput.header(expectedText);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(want.size(), got.size()) && differences.size() < 20; i++) {
            if (i >= want.size() || i >= got.size()) {
                differences.add("line " + (i + 2) + ": " + (i >= got.size() ? "missing" : "unexpected") + " row");
                continue;
            }
            for (String c : columns) {
                String w = want.get(i).get(c);
                String g = got.get(i).isMapped(c) ? got.get(i).get(c) : "<no column " + c + ">";
                if (!Objects.equals(w, g)) {
                    differences.add("line " + (i + 2) + " " + c + ": expected '" + w + "', got '" + g + "'");
                }
            }
        }
        if (!differences.isEmpty()) {
            fail(file + " differs from src/test/resources" + resource + " (" + want.size() + " rows expected, "
                    + got.size() + " written); if the change is intended, rewrite the expected files (see "
                    + "EndToEndScenarios):\n  " + String.join("\n  ", differences));
        }
    }

    private static void write(RunOutput out, String file, Path target) {
        String text = out.text(file);
        List<String> header = RunOutput.header(text).stream().filter(c -> !NOT_KEPT.contains(c)).toList();
        try {
            Files.createDirectories(target.getParent());
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(w, FORMAT)) {
                printer.printRecord(header);
                for (CSVRecord r : RunOutput.parse(text)) {
                    printer.printRecord(header.stream().map(r::get).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("e2e: wrote " + target.toAbsolutePath());
    }
}
