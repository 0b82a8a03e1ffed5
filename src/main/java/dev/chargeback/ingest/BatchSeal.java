package dev.chargeback.ingest;

import dev.chargeback.database.WrittenRows;

/**
 * Seals a saved import batch into the ledger's records chain, in the transaction that saved it, so that its totals
 * cannot be changed unnoticed before a run reuses them (a run checks every batch it uses against its seal before it
 * posts). The ledger implements it; the import only calls it.
 */
@FunctionalInterface
public interface BatchSeal {
    /** @param written the batch's large tables (totals) as just written, sealed without reading them back */
    void seal(long batchId, WrittenRows written);
}
