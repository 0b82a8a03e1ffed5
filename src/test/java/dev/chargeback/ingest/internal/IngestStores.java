package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.ImportedBatches;
import org.jooq.DSLContext;

import java.time.Clock;

/** The import's package-private store on a test's own jOOQ context, as IngestConfiguration wires it. */
public final class IngestStores {

    private IngestStores() {
    }

    /** A store to read batches with: it saves none, so it seals none. */
    public static ImportedBatches importedBatches(DSLContext db, Clock clock) {
        return new ImportStore(db, clock, (batchId, written) -> {
            throw new IllegalStateException("a read-only test store saved batch " + batchId);
        });
    }
}
