package dev.chargeback.ledger.internal;

import dev.chargeback.archive.InputArchive;
import dev.chargeback.database.WrittenRows;
import dev.chargeback.ingest.BatchSeal;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.SourceRows;
import dev.chargeback.period.EventSeal;
import dev.chargeback.ledger.archive.RunArchive;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerStore ledgerStore(DSLContext db) {
        return new LedgerStore(db);
    }

    @Bean
    AuditorGrants auditorAccess(DSLContext db) {
        return new AuditorGrants(db);
    }

    /** Import batches are sealed into the records chain in the transaction that saves them. */
    @Bean
    BatchSeal batchSeal(DSLContext db) {
        RecordChain chain = new RecordChain(db);
        return (batchId, written) -> chain.seal(SealKind.IMPORT_BATCH, batchId, written);
    }

    /** Closes and reopens are sealed into the records chain in the transaction that records them. */
    @Bean
    EventSeal eventSeal(DSLContext db) {
        RecordChain chain = new RecordChain(db);
        return eventId -> chain.seal(SealKind.PERIOD_EVENT, eventId, WrittenRows.none());
    }

    @Bean
    RunArchive runArchive(DSLContext db, LedgerStore ledger, ImportedBatches imports, InputArchive files,
                          SourceRows sourceRows) {
        return new RunArchive(new RunStore(db), ledger, imports, files, sourceRows);
    }
}
