package dev.chargeback.archive.internal;

import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchiveStore inputArchive(DSLContext db, PlatformTransactionManager transactions, Clock clock) {
        return new ArchiveStore(db, transactions, clock);
    }
}
