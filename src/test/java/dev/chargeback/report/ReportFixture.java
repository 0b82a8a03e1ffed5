package dev.chargeback.report;

import dev.chargeback.cli.ChargebackCli;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One posted ledger shared by the report tests (posting three periods takes seconds, so it is done once per JVM):
 * the sample data with two hostile names in cost_centers.csv, LEGAL named {@code =HYPERLINK("http://x","y")} and
 * EXEC named {@code <b>Executive</b>}, run for 2026-08 to 2026-10 into an in-memory H2 ledger, then
 * {@code report --period 2026-10}. Names change nothing in the amounts: the runs are the sample runs.
 */
final class ReportFixture {
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final String MARKUP_NAME = "<b>Executive</b>";
    static final List<String> PERIODS = List.of("2026-08", "2026-09", "2026-10");
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private static ReportFixture shared;

    final Path root;
    final Path out;
    final String db;

    private ReportFixture(Path root) {
        this.root = root;
        this.out = root.resolve("out");
        this.db = "jdbc:h2:mem:report-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static synchronized ReportFixture posted() throws IOException {
        if (shared == null) {
            ReportFixture f = new ReportFixture(Files.createTempDirectory("chargeback-report"));
            f.prepare();
            shared = f;
        }
        return shared;
    }

    private void prepare() throws IOException {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        Path centers = data.resolve("cost_centers.csv");
        String text = Files.readString(centers)
                .replace("\nLEGAL,Legal & Compliance,", "\nLEGAL,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
                .replace("\nEXEC,Executive Management,", "\nEXEC,<b>Executive</b>,");
        Files.writeString(centers, text);
        for (String period : PERIODS) {
            cli("run", "--period", period, "--data", data.toString(), "--out", out.resolve(period).toString(),
                    "--user", "report-test", "--db", db);
        }
        cli("report", "--period", "2026-10", "--out", out.resolve("2026-10").toString(), "--db", db);
    }

    Path folder() {
        return out.resolve("2026-10");
    }

    List<CSVRecord> csv(String name) {
        try (var parser = READ.parse(new StringReader(Files.readString(folder().resolve(name))))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> csvHeader(String name) {
        try (var parser = READ.parse(new StringReader(Files.readString(folder().resolve(name))))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MARKETING's IT total recomputed from allocations.csv: its ALLOCATION rows with sender IT. */
    BigDecimal itChargeOf(String receiver) {
        return csv("allocations.csv").stream()
                .filter(r -> r.get("kind").equals("ALLOCATION") && r.get("sender").equals("IT")
                        && r.get("receiver").equals(receiver))
                .map(r -> new BigDecimal(r.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            PrintStream to = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(to);
            System.setErr(to);
            exit = ChargebackCli.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, () -> "chargeback " + String.join(" ", args) + " failed:\n" + printed);
        return printed;
    }
}
