package dev.chargeback.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the Northwind Components sample data set (sample-data/): three months (2026-08..2026-10) of input files,
 * three rules files (direct, step-down, reciprocal) and a README that tells the story and counts the rows.
 *
 * <p>Deterministic: a fixed seed per topic and CPython's Mersenne Twister reproduced ({@link PythonRandom}), so the
 * files are byte for byte those the project's first generator, a Python script, wrote. It checks nothing itself:
 * the engine is the one validator, and {@link SampleDataTest} runs its import on every month of what this writes.
 * Test code, so that the product carries no sample-data generator; run it from the repository's root (the
 * argument, the directory to write, defaults to sample-data):
 * <pre>
 * ./build -B -q test-compile exec:java -Dexec.mainClass=dev.chargeback.sample.SampleDataGenerator \
 *     -Dexec.classpathScope=test [-Dexec.args=DIR]
 * </pre>
 */
public final class SampleDataGenerator {
    /** How the rules files and the README name the code that wrote them. */
    static final String SOURCE = "src/test/java/dev/chargeback/sample/SampleDataGenerator.java";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SampleDataGenerator() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-data");
        Map<String, String> files = files();
        write(out, files);
        System.out.println("wrote " + files.size() + " files to " + out);
    }

    /** Every file of the sample data set by name, in the order they are written, with its text. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cost_centers.csv", csv(List.of("id", "name", "kind", "parent"), costCenters()));
        files.put("services.csv", csv(List.of("id", "cost_center", "name", "unit", "rate", "capacity"),
                Northwind.SERVICES.stream().map(s -> List.of(s.id(), s.costCenter(), s.name(), s.unit(), s.rate(),
                        s.capacity())).toList()));
        List<List<String>> costs = GeneralLedger.rows();
        List<List<String>> timesheets = Timesheets.rows();
        List<List<String>> usage = ServiceUsage.rows();
        List<List<String>> drivers = DriverStatistics.rows();
        files.put("costs.csv", csv(GeneralLedger.HEADER, costs));
        files.put("timesheets.csv", csv(Timesheets.HEADER, timesheets));
        files.put("usage.csv", csv(ServiceUsage.HEADER, usage));
        files.put("drivers.csv", csv(DriverStatistics.HEADER, drivers));
        AllocationRulesFiles.NAMES.forEach(name -> files.put(name, AllocationRulesFiles.text(name)));
        long size = files.values().stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        files.put("README.md", SampleReadme.text(new SampleFacts(costs, timesheets, usage, drivers, size)));
        return files;
    }

    static void write(Path out, Map<String, String> files) {
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(out.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample data to " + out, e);
        }
    }

    private static List<List<String>> costCenters() {
        List<List<String>> groups = Northwind.GROUPS.stream().map(g -> List.of(g.id(), g.name(), g.kind(), ""))
                .toList();
        List<List<String>> leaves = Northwind.LEAVES.stream()
                .map(l -> List.of(l.id(), l.name(), l.kind(), l.parent())).toList();
        return Stream.concat(groups.stream(), leaves.stream()).toList();
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
            printer.printRecord(header);
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
