package dev.chargeback.ledger;

import java.util.List;

/** The outcome of checking the hash chain and the balance of every posted entry. */
public record LedgerVerification(long entries, long lines, String head, List<String> problems) {
    public boolean intact() {
        return problems.isEmpty();
    }
}
