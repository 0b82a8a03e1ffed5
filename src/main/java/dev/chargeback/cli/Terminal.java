package dev.chargeback.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether live progress may be drawn: only when standard error (where the progress bar goes) is a terminal.
 * {@code System.console() != null} alone is not the answer on Java 22 and later, where a console may exist with
 * its streams redirected; {@link Console#isTerminal()} says whether standard input and output are a terminal, and
 * on Linux {@code /proc/self/fd/2} tells whether standard error is one too (redirected to a file or a pipe, a run
 * stays quiet: one summary line per file, no bar).
 */
final class Terminal {
    private Terminal() {
    }

    static boolean showsProgress() {
        Console console = System.console();
        return console != null && console.isTerminal() && stderrIsTerminal();
    }

    private static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true; // no /proc (not Linux): the console's answer stands
        }
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
