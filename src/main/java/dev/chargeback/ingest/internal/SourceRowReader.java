package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.FileImport;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.SourceRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link SourceRows} by the input file descriptors: the file parsed as {@link CsvSource} parses it (same format,
 * same line numbers), each row checked by its descriptor's row check against the reference data that the run's
 * earlier files provide, as {@link ImportJob} builds it. Streams: one row in memory at a time.
 */
final class SourceRowReader implements SourceRows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    private final ImportStore store;

    SourceRowReader(ImportStore store) {
        this.store = store;
    }

    @Override
    public void read(YearMonth period, String currency, List<FileImport> inputs, FileImport file, InputStream content,
                     Consumer<Row> each) {
        InputFile input = InputFiles.of(file.kind());
        InputFile.RowCheck check = input.rows(reference(period, currency, inputs, input));
        try (CSVParser parser = CSVParser.parse(reader(content), FORMAT)) {
            CsvHeader header = CsvHeader.of(input, parser.getHeaderNames());
            List<String> names = parser.getHeaderNames();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return;
                }
                CsvRow row = new CsvRow(line, records.next().values());
                Counted counted = counted(check.check(new Cells(header, row)));
                if (counted != null) {
                    each.accept(new Row(file.fileName(), line, values(names, row), counted));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw new InputFileException(file.fileName() + ": cannot parse the archived file: " + e.getMessage(), e);
        }
    }

    private static Counted counted(Outcome outcome) {
        return switch (outcome) {
            case Outcome.CostRow c -> new CostCount(c.costCenter(), c.service(), c.account(), c.currency(), c.amount());
            case Outcome.DriverRow d -> new DriverCount(d.kind(), d.subject(), d.service(), d.costCenter(),
                    d.quantity());
            case null, default -> null;
        };
    }

    /** The reference data the import checked {@code target} with: what the run's files before it provide. */
    private Reference reference(YearMonth period, String currency, List<FileImport> inputs, InputFile target) {
        Reference reference = Reference.start(period, currency);
        List<FileImport> ordered = inputs.stream()
                .sorted(Comparator.comparingInt(f -> InputFiles.ALL.indexOf(InputFiles.of(f.kind())))).toList();
        for (FileImport f : ordered) {
            InputFile input = InputFiles.of(f.kind());
            if (input == target) {
                break;
            }
            reference = input.provide(reference, f.batchId(), store);
        }
        return reference;
    }

    private static Map<String, String> values(List<String> names, CsvRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String v = row.cell(i);
            values.put(names.get(i), v == null ? "" : v);
        }
        return values;
    }

    /** UTF-8, a leading byte-order mark skipped (as on import). */
    private static Reader reader(InputStream content) throws IOException {
        PushbackReader in = new PushbackReader(new BufferedReader(
                new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
