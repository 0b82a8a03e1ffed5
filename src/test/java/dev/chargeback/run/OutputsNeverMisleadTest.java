package dev.chargeback.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run's files never mislead (issue 8, point 7): a rejected rerun leaves the posted run's files as they were and
 * puts its rejects beside them under its own run id; a run removes no file it did not write; `export` of a
 * superseded run writes its own folder, whose manifest says SUPERSEDED and by which run; a staging folder left by a
 * killed run is removed by the next write. (A kill half way through publishing: KilledRunTest.)
 */
class OutputsNeverMisleadTest {
    @TempDir
    Path temp;

    @Test
    void aRejectedRerunLeavesThePostedRunsFilesUntouchedAndWritesItsRejectsBesideThem() throws IOException {
        try (TestDatabase db = new H2Databases().create()) {
            Path out = temp.resolve("out");
            Cli.Result posted = Cli.execute(SmallLedger.runArgs(SmallLedger.write(temp.resolve("data")), out,
                    db.url()).toArray(String[]::new));
            assertEquals(0, posted.exit(), posted::describe);
            Map<String, String> before = files(out);

            Path broken = SmallLedger.write(temp.resolve("broken"));
            Files.writeString(broken.resolve("usage.csv"), "date,service,customer,quantity\n"
                    + "2026-10-05,IT-HELPDESK,SALES,3\n2026-10-06,IT-HELPDESK,MFG,abc\n");
            Cli.Result rejected = Cli.execute(SmallLedger.runArgs(broken, out, db.url()).toArray(String[]::new));

            assertEquals(2, rejected.exit(), rejected::describe);
            assertEquals(before, files(out), "the posted run's files, byte for byte");
            List<Path> beside = folders(out);
            assertEquals(1, beside.size(), () -> "one folder beside the posted files: " + beside);
            RunOutput rejects = new RunOutput(beside.getFirst());
            assertEquals(beside.getFirst().getFileName().toString(), rejects.runId(), "named by the rejected run");
            assertEquals("REJECTED", rejects.manifest().path("status").asString(), "manifest status");
            assertEquals(List.of("usage.csv|3|quantity|abc"), rejects.csv("rejects.csv").stream()
                    .map(r -> r.get("file") + "|" + r.get("line") + "|" + r.get("column") + "|" + r.get("value"))
                    .toList(), "rejects.csv");
            assertTrue(rejected.err().contains(beside.getFirst().resolve("rejects.csv").toString()),
                    rejected::describe);
        }
    }

    @Test
    void aRejectedRunInASharedFolderRemovesNoFileItDidNotWriteAndNoStaleStagingIsLeft() throws IOException {
        try (TestDatabase db = new H2Databases().create()) {
            Path shared = temp.resolve("shared");
            Path stale = Files.createDirectories(shared.resolve(".staging-2026-10-0badc0de-1234abcd"));
            Files.writeString(stale.resolve(".owner"), "");
            Files.writeString(stale.resolve(".journal.csv.5f3c.tmp"), "half a journal");
            Files.writeString(shared.resolve("journal.csv"), "someone else's journal\n");
            Files.writeString(shared.resolve("allocations.csv"), "someone else's allocations\n");
            Path broken = SmallLedger.write(temp.resolve("broken"));
            Files.writeString(broken.resolve("costs.csv"), "period,cost_center,account,amount,currency\n"
                    + "2026-10,IT,6000,1000.00,EUR\n2026-10,IT,6000,\"1,234.50\",EUR\n");

            Cli.Result rejected = Cli.execute(SmallLedger.runArgs(broken, shared, db.url()).toArray(String[]::new));

            assertEquals(2, rejected.exit(), rejected::describe);
            assertEquals("someone else's journal\n", Files.readString(shared.resolve("journal.csv")));
            assertEquals("someone else's allocations\n", Files.readString(shared.resolve("allocations.csv")));
            RunOutput out = new RunOutput(shared);
            assertEquals("REJECTED", out.manifest().path("status").asString(), "manifest status");
            assertEquals("costs.csv|3|amount|1,234.50", out.csv("rejects.csv").stream().map(r -> r.get("file") + "|"
                    + r.get("line") + "|" + r.get("column") + "|" + r.get("value")).findFirst().orElseThrow());
            assertFalse(Files.exists(stale), "the staging folder of a dead run is removed");
            assertEquals(List.of(), folders(shared), "no staging folder left");
        }
    }

    @Test
    void exportOfASupersededRunWritesItsOwnFolderSayingSupersededAndByWhichRun() throws Exception {
        String url = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();
        Path data = SmallLedger.write(temp.resolve("data"));
        Path out = temp.resolve("out").resolve(SmallLedger.PERIOD); // where `export` writes by default, from temp
        Cli.Result first = Cli.execute(SmallLedger.runArgs(data, out, url).toArray(String[]::new));
        assertEquals(0, first.exit(), first::describe);
        String firstRun = new RunOutput(out).runId();
        String firstAllocations = new RunOutput(out).text("allocations.csv");
        Cli.Result second = Cli.execute(SmallLedger.runArgs(data, out, url).toArray(String[]::new));
        assertEquals(0, second.exit(), second::describe);
        Map<String, String> inForce = files(out);
        String secondRun = new RunOutput(out).runId();

        ChildJvm.Result export = ChildJvm.start(temp, List.of(), "export", "--run", firstRun, "--db", url).await();

        assertEquals(0, export.exit(), export::describe);
        Path own = out.resolve(firstRun);
        assertEquals("Wrote run " + firstRun + " (SUPERSEDED by run " + secondRun + ") to " + own.toRealPath(),
                export.out().strip());
        assertEquals(inForce, files(out), "the files of the run in force are untouched");
        RunOutput superseded = new RunOutput(own);
        assertEquals("SUPERSEDED", superseded.manifest().path("status").asString(), "manifest status");
        assertEquals(secondRun, superseded.manifest().path("superseded_by_run_id").asString(), "superseded by");
        assertEquals(firstRun, superseded.runId(), "manifest run id");
        assertEquals(firstAllocations, superseded.text("allocations.csv"), "the superseded run's allocations");
    }

    /** The files directly in a folder, by name, with their content. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(Files::isRegularFile).forEach(f -> files.put(f.getFileName().toString(), read(f)));
        }
        return files;
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(Files::isDirectory).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
