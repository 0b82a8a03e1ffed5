package dev.chargeback.ledger;

import dev.chargeback.allocation.Flow;
import dev.chargeback.allocation.FlowKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Turns a run's flows into journal entries: one entry per pool, crediting the sender on the allocation account and
 * debiting each receiver; under- or over-recovery posted to another cost center adds a pair on the recovery
 * account. Remainders the supplier keeps (unused capacity, recovery kept, driverless pools) post nothing: they stay
 * where the cost already is, and reconciliation.csv shows them.
 */
public final class Journal {

    private Journal() {
    }

    /**
     * @param allocationAccount account of a rule's allocation lines, by rule number
     * @param recoveryAccount   account of recovery lines
     */
    public static List<JournalEntry> fromFlows(List<Flow> flows, IntFunction<String> allocationAccount,
                                               String recoveryAccount) {
        Map<String, List<Integer>> byPool = new LinkedHashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            byPool.computeIfAbsent(flows.get(i).pool(), k -> new ArrayList<>()).add(i);
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (List<Integer> indexes : byPool.values()) {
            JournalEntry entry = poolEntry(entries.size() + 1, flows, indexes, allocationAccount, recoveryAccount);
            if (!entry.lines().isEmpty()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static JournalEntry poolEntry(int entryNo, List<Flow> flows, List<Integer> indexes,
                                          IntFunction<String> allocationAccount, String recoveryAccount) {
        Flow first = flows.get(indexes.getFirst());
        String account = allocationAccount.apply(first.ruleNo());
        List<JournalLine> lines = new ArrayList<>();
        long allocated = 0;
        for (int i : indexes) {
            Flow f = flows.get(i);
            if (f.kind() == FlowKind.ALLOCATION) {
                allocated += f.amount();
                lines.add(line(lines.size() + 2, f.receiver(), account, f.amount(), i + 1));
            }
        }
        if (allocated != 0) {
            lines.addFirst(line(1, first.sender(), account, -allocated, null));
        }
        for (int i : indexes) {
            Flow f = flows.get(i);
            boolean recovery = f.kind() == FlowKind.UNDER_RECOVERY || f.kind() == FlowKind.OVER_RECOVERY;
            if (recovery && !f.receiver().equals(f.sender())) {
                lines.add(line(lines.size() + 1, f.receiver(), recoveryAccount, f.amount(), i + 1));
                lines.add(line(lines.size() + 1, f.sender(), recoveryAccount, -f.amount(), i + 1));
            }
        }
        String memo = "Allocation of " + first.pool() + " (" + first.basis().word()
                + (first.driver().isEmpty() ? "" : ", " + first.driver()) + ") stage " + first.stage();
        return new JournalEntry(entryNo, JournalEntry.Kind.ALLOCATION, first.ruleNo(), first.pool(), memo, null, null,
                renumber(lines));
    }

    /** Reversal entries of a superseded run: every line with debit and credit swapped, numbered after {@code from}. */
    public static List<JournalEntry> reverse(String supersededRunId, List<JournalEntry> posted, int from) {
        List<JournalEntry> reversals = new ArrayList<>();
        for (JournalEntry e : posted) {
            List<JournalLine> lines = e.lines().stream()
                    .map(l -> new JournalLine(l.lineNo(), l.costCenter(), l.account(), l.credit(), l.debit(), l.flowNo()))
                    .toList();
            reversals.add(new JournalEntry(from + reversals.size() + 1, JournalEntry.Kind.REVERSAL, e.ruleNo(),
                    e.pool(), "Reversal of run " + supersededRunId + " entry " + e.entryNo() + ": " + e.memo(),
                    supersededRunId, e.entryNo(), lines));
        }
        return reversals;
    }

    /** A signed amount as a line: positive debits, negative credits. */
    private static JournalLine line(int lineNo, String costCenter, String account, long signed, Integer flowNo) {
        return signed >= 0 ? new JournalLine(lineNo, costCenter, account, signed, 0, flowNo)
                : new JournalLine(lineNo, costCenter, account, 0, -signed, flowNo);
    }

    private static List<JournalLine> renumber(List<JournalLine> lines) {
        List<JournalLine> out = new ArrayList<>();
        for (JournalLine l : lines) {
            out.add(new JournalLine(out.size() + 1, l.costCenter(), l.account(), l.debit(), l.credit(), l.flowNo()));
        }
        return out;
    }
}
