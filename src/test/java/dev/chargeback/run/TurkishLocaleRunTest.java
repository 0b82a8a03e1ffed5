package dev.chargeback.run;

import dev.chargeback.cli.ChargebackCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample month in a JVM whose default locale is Turkish from its first instruction (set on the command line, so
 * every class initialiser and every library sees it, not only code that runs after a {@code Locale.setDefault}).
 * In Turkish "stat".toUpperCase() is "STAT" with a dotted capital I only for i, and "I".toLowerCase() is a dotless
 * ı: a case mapping that follows the JVM's locale turns driver kinds, enum names and currency codes into other words.
 */
class TurkishLocaleRunTest {
    @TempDir
    Path temp;

    @Test
    void theSampleMonthPostsTheExpectedFilesUnderATurkishDefaultLocale() throws IOException, InterruptedException {
        Path out = temp.resolve("out");
        String db = "jdbc:h2:file:" + temp.resolve("ledger").toAbsolutePath();

        Child run = child("run", "--period", "2026-10", "--data", "sample-data", "--out", out.toString(),
                "--db", db, "--user", "e2e");
        Child status = child("status", "--db", db);

        assertEquals(0, run.exit(), run::describe);
        assertTrue(run.out().startsWith("Posted run 2026-10-"), run::describe);
        RunOutput output = new RunOutput(out);
        ExpectedFiles.assertMatches(output, "allocations.csv", "2026-10/allocations.csv");
        ExpectedFiles.assertMatches(output, "journal.csv", "2026-10/journal.csv");
        assertEquals(0, status.exit(), status::describe);
        assertTrue(status.out().startsWith("2026-10  OPEN\n"), status::describe);
    }

    private record Child(List<String> command, int exit, String out, String err) {
        String describe() {
            return String.join(" ", command) + " exited " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n"
                    + err;
        }
    }

    private Child child(String... args) throws IOException, InterruptedException {
        List<String> command = dev.chargeback.cli.ChargebackJvm.command("-Duser.language=tr", "-Duser.country=TR");
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(temp, "out", ".txt");
        Path stderr = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("CHARGEBACK_DB_URL");
        builder.environment().remove("CHARGEBACK_DEBUG");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 3 minutes");
        }
        return new Child(command, process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
}
