package dev.chargeback.report;

import dev.chargeback.ingest.internal.ImportStore;
import dev.chargeback.ledger.internal.LedgerStore;
import dev.chargeback.report.internal.RunFiles;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    RunFiles runFiles(DSLContext db, LedgerStore ledger, ImportStore imports) {
        return new RunFiles(db, ledger, imports);
    }
}
