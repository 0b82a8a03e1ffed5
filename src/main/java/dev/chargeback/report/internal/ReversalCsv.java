package dev.chargeback.report.internal;

import dev.chargeback.ledger.JournalEntry;

import java.nio.file.Path;
import java.util.List;

/** reversal.csv: the entries that reversed the run this one superseded, in the journal layout; absent otherwise. */
final class ReversalCsv implements OutputFile {

    @Override
    public String name() {
        return "reversal.csv";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        List<JournalEntry> reversals = run.posted() ? run.archive().reversals(run.runId()) : List.of();
        if (reversals.isEmpty()) {
            return false;
        }
        JournalCsv.lines(run, reversals, file);
        return true;
    }
}
