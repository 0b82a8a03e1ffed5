package dev.chargeback.period;

/**
 * Seals a recorded close or reopen (period_event) into the ledger's records chain, in the transaction that recorded
 * it. The ledger implements it; the period store only calls it.
 */
@FunctionalInterface
public interface EventSeal {
    void seal(long eventId);
}
