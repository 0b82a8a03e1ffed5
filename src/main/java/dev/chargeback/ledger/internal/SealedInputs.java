package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.LedgerTamperedException;
import org.jooq.DSLContext;

import java.util.List;

import static dev.chargeback.db.Tables.CHAIN_LINK;
import static dev.chargeback.db.Tables.IMPORT_BATCH;

/**
 * Imported totals are never trusted blindly: before a run posts, every import batch it read (fresh or reused from an
 * earlier run) is checked against its seal in the records chain, so a cost total changed with SQL after its import
 * is refused, naming the batch and the row, and never posted under the genuine file's hash. The check reads
 * committed rows only, so it runs beside the allocation, on a connection of its own ({@link
 * dev.chargeback.ledger.InputsCheck}).
 */
final class SealedInputs {
    private final DSLContext db;
    private final RecordChain chain;

    SealedInputs(DSLContext db, RecordChain chain) {
        this.db = db;
        this.chain = chain;
    }

    /**
     * A ledger whose records chain is still empty (posted before the chain existed) has nothing to check against:
     * its first posting seals what it holds ({@link RecordChain#adoptExisting}).
     *
     * @throws LedgerTamperedException naming the first batch whose rows differ from its seal
     */
    void requireIntact(List<Long> batchIds) {
        if (db.fetchCount(CHAIN_LINK) == 0) {
            return;
        }
        for (long id : batchIds) {
            chain.check(SealKind.IMPORT_BATCH, id).ifPresent(problem -> {
                var batch = db.select(IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.FILE_SHA256, IMPORT_BATCH.PERIOD)
                        .from(IMPORT_BATCH).where(IMPORT_BATCH.BATCH_ID.eq(id)).fetchOne();
                String what = batch == null ? "import batch " + id
                        : "import batch " + id + " (" + batch.value1() + " of " + batch.value3() + ", sha256 "
                        + ChainAudit.shortHash(batch.value2()) + ")";
                throw new LedgerTamperedException(what + " no longer matches its seal in the hash chain: " + problem
                        + "; nothing was posted (see `chargeback verify`)");
            });
        }
    }
}
