package dev.chargeback.cli;

import dev.chargeback.report.model.RunRecap;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The short summary every `run` ends with, on standard output: which run, period and method; cost in = allocated +
 * remainder and the remainder by kind; pools; rejects; warnings; the run it reversed; where the outputs and the
 * reports are.
 */
final class RunSummaryText {
    private static final List<String> REPORT_FILES = List.of("report.html", "report.xlsx");

    private RunSummaryText() {
    }

    static void print(PrintWriter out, RunRecap r, Path folder, boolean dry) {
        out.printf(Locale.ROOT, "%s run %s for %s (%s, %s).%n", dry ? "Dry run (nothing posted):" : "Posted",
                r.run().runId(), r.run().period(), r.run().method(), r.run().currency());
        out.printf(Locale.ROOT, "  cost in %s = allocated %s + remainder %s; %s %s%n", r.costIn().toPlainString(),
                r.allocated().toPlainString(), r.remainder().toPlainString(),
                dry ? "the ledger head it would leave" : "ledger head", r.ledgerHash().substring(0, 16));
        if (r.supersedes() != null) {
            out.printf(Locale.ROOT, "  %s run %s (see reversal.csv)%n", dry ? "would reverse" : "supersedes and reverses",
                    r.supersedes());
        }
        out.printf(Locale.ROOT, "  %d pools; remainders: %s%n", r.pools(), r.remainderByKind().isEmpty() ? "none"
                : r.remainderByKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
                .collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  rejects: %s; rows of other periods in the data (not used): %,d; warnings: %d%n",
                r.rowsRejected() == 0 ? "none" : String.format(Locale.ROOT, "%,d rows left out (--accept-rejects), "
                        + "see rejects.csv", r.rowsRejected()), r.otherPeriodRows(), r.warnings());
        Path dir = folder.toAbsolutePath().normalize();
        out.printf(Locale.ROOT, "  outputs in %s%n", dir);
        if (dry) {
            out.printf(Locale.ROOT, "  reports: none for a dry run; `chargeback compare --period %s --methods` puts the"
                    + " methods side by side%n", r.run().period());
            out.flush();
            return;
        }
        List<String> reports = REPORT_FILES.stream().filter(f -> Files.exists(dir.resolve(f))).toList();
        out.printf(Locale.ROOT, "  reports: %s`chargeback compare --period %s`, `chargeback statement --period %s`%n",
                reports.isEmpty() ? "" : String.join(", ", reports) + " in the outputs; ", r.run().period(),
                r.run().period());
        out.flush();
    }
}
