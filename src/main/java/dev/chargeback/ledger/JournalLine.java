package dev.chargeback.ledger;

/** One side of a journal entry, in minor units; exactly one of debit and credit is non-zero. */
public record JournalLine(int lineNo, String costCenter, String account, long debit, long credit, Integer flowNo) {
}
