package dev.chargeback.run;

import dev.chargeback.cli.ChargebackCli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code chargeback} in a real child JVM (the test's classpath), for what one JVM cannot show: two processes at
 * once, and a process killed with {@code kill -9} ({@link Process#destroyForcibly}). Started with C1 only and the
 * serial collector, so that a short command spends less of a loaded machine's time on the JIT.
 */
final class ChildJvm {
    private final List<String> command;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(List<String> command, Process process, Path stdout, Path stderr) {
        this.command = command;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** A finished child: exit code and what it printed. */
    record Result(int exit, String out, String err, String describe) {
    }

    /**
     * Starts {@code chargeback ARGS} in {@code workDir}; {@code properties} are {@code -Dname=value} settings
     * (the pause hook, the lock wait).
     */
    static ChildJvm start(Path workDir, List<String> properties, String... args) {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        properties.forEach(p -> options.add("-D" + p));
        List<String> command = dev.chargeback.cli.ChargebackJvm.command(options.toArray(String[]::new));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workDir, "child-out", ".txt");
            Path err = Files.createTempFile(workDir, "child-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().remove("CHARGEBACK_DB_URL");
            builder.environment().remove("CHARGEBACK_DEBUG");
            return new ChildJvm(command, builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most 5 minutes on a loaded machine) for the child to end. */
    Result await() {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(describe() + "\ndid not end within 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Result(process.exitValue(), read(stdout), read(stderr), describe());
    }

    /** Waits until the child prints {@code line} on standard error (the pause hook's marker). */
    void awaitLine(String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!read(stderr).contains(line)) {
            if (!process.isAlive()) {
                throw new AssertionError(describe() + "\nended before printing '" + line + "'");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(describe() + "\nprinted no '" + line + "' within 5 minutes");
            }
            Thread.sleep(100);
        }
    }

    /** kill -9: no shutdown hook, no finally block runs; the operating system closes its files and sockets. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private String describe() {
        String args = String.join(" ", command.subList(command.indexOf(ChargebackCli.class.getName()) + 1,
                command.size())).replaceAll("password=[^&;\\s]*", "password=***");
        return "`chargeback " + args + "`" + (process.isAlive() ? "" : " exited " + process.exitValue())
                + "\n--- stdout ---\n" + read(stdout) + "\n--- stderr ---\n" + read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
