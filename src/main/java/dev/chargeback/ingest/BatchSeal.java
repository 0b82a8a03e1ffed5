package dev.chargeback.ingest;

/**
 * Seals a saved import batch into the ledger's records chain, in the transaction that saved it, so that its totals
 * cannot be changed unnoticed before a run reuses them (a run checks every batch it uses against its seal before it
 * posts). The ledger implements it; the import only calls it.
 */
@FunctionalInterface
public interface BatchSeal {
    void seal(long batchId);
}
