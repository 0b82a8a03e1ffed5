package dev.chargeback.ledger;

import dev.chargeback.ingest.internal.ImportStore;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.ledger.internal.LedgerStore;
import dev.chargeback.ledger.internal.RunStore;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    @Bean
    LedgerStore ledgerStore(DSLContext db) {
        return new LedgerStore(db);
    }

    @Bean
    RunArchive runArchive(DSLContext db, LedgerStore ledger, ImportStore imports) {
        return new RunArchive(new RunStore(db), ledger, imports);
    }
}
