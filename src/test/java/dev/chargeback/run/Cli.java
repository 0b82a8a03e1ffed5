package dev.chargeback.run;

import dev.chargeback.cli.ChargebackCli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs {@code chargeback} in this JVM through {@link ChargebackCli#execute}, capturing what it prints: the CLI
 * writes to {@code System.out} / {@code System.err}, so both are swapped for the call (tests run one at a time).
 */
final class Cli {
    private Cli() {
    }

    /** A finished command: its arguments, exit code and output, printable in an assertion message. */
    record Result(List<String> args, int exit, String out, String err) {
        /** The command and what it printed, with any password in a URL masked. */
        String describe() {
            return "`chargeback " + mask(String.join(" ", args)) + "` exited " + exit + "\n--- stdout ---\n"
                    + tail(out) + "\n--- stderr ---\n" + tail(err);
        }

        private static String tail(String text) {
            String masked = mask(text.strip());
            return masked.length() <= 6_000 ? masked : "..." + masked.substring(masked.length() - 6_000);
        }

        private static String mask(String text) {
            return text.replaceAll("password=[^&;\\s]*", "password=***");
        }
    }

    static synchronized Result execute(String... args) {
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
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
        return new Result(List.of(args), exit, capturedOut.toString(StandardCharsets.UTF_8),
                capturedErr.toString(StandardCharsets.UTF_8));
    }
}
