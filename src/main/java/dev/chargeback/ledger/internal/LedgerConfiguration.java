package dev.chargeback.ledger.internal;

import dev.chargeback.archive.InputArchive;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.SourceRows;
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
    RunArchive runArchive(DSLContext db, LedgerStore ledger, ImportedBatches imports, InputArchive files,
                          SourceRows sourceRows) {
        return new RunArchive(new RunStore(db), ledger, imports, files, sourceRows);
    }
}
