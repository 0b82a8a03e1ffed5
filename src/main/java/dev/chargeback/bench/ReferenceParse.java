package dev.chargeback.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The yardstick the import is measured against: one thread parsing the usage file with Commons CSV and totalling
 * its quantities as BigDecimal in a HashMap per service and customer, with no validation, database or lineage.
 */
public final class ReferenceParse {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** What the bare parse gave: rows read, distinct keys and the time it took. */
    public record Result(long rows, int keys, long nanos) {
        public double rowsPerSecond() {
            return rows / (nanos / 1e9);
        }
    }

    private ReferenceParse() {
    }

    public static Result of(Path usage) throws IOException {
        long started = System.nanoTime();
        Map<String, BigDecimal> totals = new HashMap<>();
        long rows = 0;
        try (CSVParser parser = CSVParser.parse(usage, StandardCharsets.UTF_8, FORMAT)) {
            for (CSVRecord record : parser) {
                totals.merge(record.get(1) + "|" + record.get(2), new BigDecimal(record.get(3)), BigDecimal::add);
                rows++;
            }
        }
        return new Result(rows, totals.size(), System.nanoTime() - started);
    }
}
