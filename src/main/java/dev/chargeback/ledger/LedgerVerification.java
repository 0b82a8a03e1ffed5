package dev.chargeback.ledger;

import java.util.List;

/**
 * The outcome of `verify`: the journal's entry chain (entries, lines, head) and the records chain (links, sealed
 * records, head) recomputed, and every problem found, one line each, the first bad record first.
 */
public record LedgerVerification(long entries, long lines, String head, long links, long records, String recordsHead,
                                 int anchors, List<String> problems) {
    public boolean intact() {
        return problems.isEmpty();
    }
}
