package dev.chargeback.sample;

import dev.chargeback.cli.ChargebackCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed sample data is what {@link SampleDataGenerator} writes, and the engine, its one validator, imports
 * every month of it under each of the three rules files without rejecting a row.
 */
class SampleDataTest {
    private static final Path COMMITTED = Path.of("sample-data");

    @TempDir
    static Path generated;
    /** One embedded database for every dry run: a dry run imports but leaves the ledger as it was. */
    @TempDir
    static Path database;

    @BeforeAll
    static void generate() {
        SampleDataGenerator.write(generated, SampleDataGenerator.files());
    }

    @Test
    void regeneratingWritesTheCommittedFilesByteForByte() throws IOException {
        assertEquals(names(COMMITTED), names(generated), "files in sample-data/ and files the generator writes");
        for (String name : names(COMMITTED)) {
            byte[] committed = Files.readAllBytes(COMMITTED.resolve(name));
            byte[] written = Files.readAllBytes(generated.resolve(name));
            if (!Arrays.equals(committed, written)) {
                fail("sample-data/" + name + " is not what the generator writes: " + firstDifference(committed, written)
                        + "\nRerun the generator (see sample-data/README.md) and commit the result.");
            }
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "2026-08, rules.yaml", "2026-09, rules.yaml", "2026-10, rules.yaml",
        "2026-08, rules-step-down.yaml", "2026-09, rules-step-down.yaml", "2026-10, rules-step-down.yaml",
        "2026-08, rules-reciprocal.yaml", "2026-09, rules-reciprocal.yaml", "2026-10, rules-reciprocal.yaml"})
    void theEngineImportsEveryGeneratedMonthWithoutRejects(String period, String rules, @TempDir Path out)
            throws IOException {
        String printed = dryRun("run", "--period", period, "--data", generated.toString(), "--rules",
                generated.resolve(rules).toString(), "--db", "jdbc:h2:file:" + database.resolve("db"),
                "--out", out.toString(), "--dry-run");
        assertEquals(List.of("file,line,column,value,reason"),
                Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8), printed);
    }

    /** Runs the command in this JVM and returns what it printed; fails with that text unless it exits 0. */
    private static synchronized String dryRun(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            exit = ChargebackCli.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, "`chargeback " + String.join(" ", args) + "` printed:\n" + text);
        return text;
    }

    private static String firstDifference(byte[] committed, byte[] written) {
        List<String> was = new String(committed, StandardCharsets.UTF_8).lines().toList();
        List<String> is = new String(written, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(was.size(), is.size()); i++) {
            if (!was.get(i).equals(is.get(i))) {
                return "line " + (i + 1) + " is\n  " + was.get(i) + "\nbut the generator writes\n  " + is.get(i);
            }
        }
        return was.size() != is.size() ? was.size() + " lines, the generator writes " + is.size()
                : "the same lines, other line ends or bytes";
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
