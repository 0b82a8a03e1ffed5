package dev.chargeback.ingest.internal;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows the import of each file: a live progress bar (rows read) on a terminal, and one summary line per file
 * everywhere, on standard error so that standard output stays clean.
 */
final class ImportProgress {
    private final PrintStream out;
    private final boolean interactive;
    private ProgressBar bar;
    private long started;
    private long rows;

    ImportProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    synchronized void start(PlannedFile file) {
        started = System.nanoTime();
        rows = 0;
        if (interactive && file.sizeBytes() > 5_000_000) {
            bar = new ProgressBarBuilder().setTaskName(file.kind().fileName()).setUnit(" rows", 1)
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate().build();
        }
    }

    /** Rows read since the last call, by any partition's thread. */
    synchronized void advance(long more) {
        rows += more;
        if (bar != null) {
            bar.stepTo(rows);
        }
    }

    /** One line per partition read of a file split in several (its totals are then committed with its step). */
    synchronized void partition(PlannedFile file, int seq, int parts, long firstLine, long read) {
        out.printf(Locale.ROOT, "  %-16s part %d of %d: %,d rows from line %,d%n", file.kind().fileName(),
                seq + 1, parts, read, firstLine);
    }

    /** A line about the import as a whole (a stale execution of a killed process, closed). */
    synchronized void note(String text) {
        out.println("  " + text);
    }

    synchronized void finish(PlannedFile file, long rows, long accepted, long rejected, long otherPeriods) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        double seconds = started == 0 ? 0 : (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "  %-16s %,10d rows: %,d accepted, %,d rejected, %,d of other periods (%.1f s)%n",
                file.kind().fileName(), rows, accepted, rejected, otherPeriods, seconds);
    }

    void reused(PlannedFile file) {
        out.printf(Locale.ROOT, "  %-16s already imported (same content, SHA-256 %s...): not read again%n",
                file.kind().fileName(), file.sha256().substring(0, 12));
    }
}
