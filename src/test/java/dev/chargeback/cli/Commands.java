package dev.chargeback.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code chargeback} the two ways the edge tests need: in this JVM through {@link ChargebackCli#execute}
 * (stdout and stderr swapped for the call), or as a child JVM on this test's class path, with its own environment
 * (the database password only comes from the environment) and its own working directory.
 */
final class Commands {
    private Commands() {
    }

    record Result(List<String> args, int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "`chargeback " + String.join(" ", args) + "` exited " + exit + "\n--- stdout ---\n" + out
                    + "\n--- stderr ---\n" + err;
        }
    }

    static synchronized Result inProcess(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            exit = ChargebackCli.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Result(List.of(args), exit, capturedOut.toString(StandardCharsets.UTF_8),
                capturedErr.toString(StandardCharsets.UTF_8));
    }

    /** A child JVM running {@code chargeback args} in {@code dir}; environment entries with a null value are removed. */
    static Result childJvm(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = ChargebackJvm.command();
        command.addAll(List.of(args));
        return run(dir, env, command, List.of(args));
    }

    static Result run(Path dir, Map<String, String> env, List<String> command, List<String> shown)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().remove("CHARGEBACK_DB_URL");
        builder.environment().remove("CHARGEBACK_DEBUG");
        env.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("`" + String.join(" ", command) + "` did not end within 3 minutes");
        }
        return new Result(shown, process.exitValue(),
                java.nio.file.Files.readString(dir.resolve(".out")), java.nio.file.Files.readString(dir.resolve(".err")));
    }
}
