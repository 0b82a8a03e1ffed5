package dev.chargeback.ledger.internal;

import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.archive.RunArchive;
import org.jooq.DSLContext;

/** The ledger's package-private stores on a test's own jOOQ context, as LedgerConfiguration wires them. */
public final class LedgerStores {

    private LedgerStores() {
    }

    public static Ledger ledger(DSLContext db) {
        return new LedgerStore(db);
    }

    /**
     * Rewrites a link's packed records (chain_record_block, V009) as one chain_record row per record, the form of a
     * link sealed before V009; the caller has taken away both tables' append-only triggers.
     */
    public static void unpackAsBeforeV009(DSLContext db, long seq) {
        var records = new RecordBlocks(db).read(seq);
        for (int i = 0; i < records.size(); i++) {
            var r = records.get(i);
            db.insertInto(dev.chargeback.db.Tables.CHAIN_RECORD).set(dev.chargeback.db.Tables.CHAIN_RECORD.SEQ, seq)
                    .set(dev.chargeback.db.Tables.CHAIN_RECORD.RECORD_NO, i + 1)
                    .set(dev.chargeback.db.Tables.CHAIN_RECORD.TABLE_NAME, r.table())
                    .set(dev.chargeback.db.Tables.CHAIN_RECORD.RECORD_KEY, r.key())
                    .set(dev.chargeback.db.Tables.CHAIN_RECORD.ROW_HASH, r.rowHash()).execute();
        }
        db.deleteFrom(dev.chargeback.db.Tables.CHAIN_RECORD_BLOCK)
                .where(dev.chargeback.db.Tables.CHAIN_RECORD_BLOCK.SEQ.eq(seq)).execute();
    }

    public static RunArchive archive(DSLContext db, ImportedBatches imports) {
        return new RunArchive(new RunStore(db), new LedgerStore(db), imports, null, null); // no input archive: reads runs only
    }
}
