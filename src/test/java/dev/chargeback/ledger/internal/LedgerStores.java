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

    public static RunArchive archive(DSLContext db, ImportedBatches imports) {
        return new RunArchive(new RunStore(db), new LedgerStore(db), imports, null, null); // no input archive: reads runs only
    }
}
