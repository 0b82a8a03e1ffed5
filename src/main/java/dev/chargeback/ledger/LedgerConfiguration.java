package dev.chargeback.ledger;

import dev.chargeback.ledger.internal.LedgerStore;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

    @Bean
    LedgerStore ledgerStore(DSLContext db) {
        return new LedgerStore(db);
    }
}
