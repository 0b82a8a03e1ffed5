package dev.chargeback.ledger;

import java.util.List;

/** A balanced journal entry: one pool's allocation in a run, or the reversal of an entry of a superseded run. */
public record JournalEntry(int entryNo, Kind kind, int ruleNo, String pool, String memo, String reversesRunId,
                           Integer reversesEntryNo, List<JournalLine> lines) {

    public enum Kind { ALLOCATION, REVERSAL }

    public JournalEntry {
        lines = List.copyOf(lines);
    }

    public long debits() {
        return lines.stream().mapToLong(JournalLine::debit).sum();
    }

    public long credits() {
        return lines.stream().mapToLong(JournalLine::credit).sum();
    }

    public boolean balances() {
        return debits() == credits();
    }
}
