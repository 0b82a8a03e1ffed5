package dev.chargeback.run;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder of one {@code chargeback run}: its CSV files by name, its manifest, its run id. */
record RunOutput(Path dir) {
    static final List<String> POSTED_FILES = List.of("allocations.csv", "journal.csv", "reconciliation.csv",
            "rejects.csv", "method-detail.json", "manifest.json");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    boolean has(String file) {
        return Files.isRegularFile(dir.resolve(file));
    }

    String text(String file) {
        assertTrue(has(file), () -> "the run wrote no " + file + " in " + dir);
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a CSV output, by column name (record number 1 = file line 2). */
    List<CSVRecord> csv(String file) {
        return parse(text(file));
    }

    static List<CSVRecord> parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode manifest() {
        return JsonMapper.shared().readTree(text("manifest.json"));
    }

    String runId() {
        return manifest().path("run_id").asString();
    }

    /**
     * A money cell: the output contract says exactly the currency's minor-unit scale (EUR: two decimals), never
     * floats or exponents.
     */
    static BigDecimal money(CSVRecord row, String column) {
        String cell = row.get(column);
        assertTrue(cell.matches("-?\\d+\\.\\d{2}"), () -> column + " '" + cell + "' on line "
                + (row.getRecordNumber() + 1) + " is not a decimal with exactly 2 places");
        return new BigDecimal(cell);
    }
}
