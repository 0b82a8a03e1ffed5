package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;

import java.nio.file.Path;
import java.util.List;

/** journal.csv: every line of the run's allocation entries, as the ledger holds them. */
final class JournalCsv implements OutputFile {
    private static final List<String> HEADER = List.of("run_id", "entry_id", "line", "period", "cost_center",
            "account", "debit", "credit", "currency", "memo", "kind", "pool", "rule", "flow", "reverses_run_id",
            "reverses_entry_id");

    @Override
    public String name() {
        return "journal.csv";
    }

    @Override
    public boolean write(RunSource run, Path file) {
        if (!run.posted()) {
            return false;
        }
        lines(run, run.archive().journal(run.runId()), file);
        return true;
    }

    /** The lines of entries in the journal layout (journal.csv, reversal.csv). */
    static void lines(RunSource run, List<JournalEntry> entries, Path file) {
        Money money = run.money();
        String period = run.manifest().period().toString();
        CsvOut.csv(file, HEADER, out -> {
            for (JournalEntry e : entries) {
                for (JournalLine l : e.lines()) {
                    out.printRecord(run.runId(), e.entryNo(), l.lineNo(), period, l.costCenter(), l.account(),
                            money.format(l.debit()), money.format(l.credit()), money.currency(), e.memo(), e.kind(),
                            e.pool(), e.ruleNo(), l.flowNo() == null ? "" : l.flowNo(),
                            e.reversesRunId() == null ? "" : e.reversesRunId(),
                            e.reversesEntryNo() == null ? "" : e.reversesEntryNo());
                }
            }
        });
    }
}
