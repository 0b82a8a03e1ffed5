package dev.chargeback.period.internal;

import dev.chargeback.period.EventSeal;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PeriodConfiguration {

    @Bean
    PeriodLockStore periodLock(DSLContext db, @Value("${chargeback.lock-wait-seconds:60}") long waitSeconds) {
        return new PeriodLockStore(db, waitSeconds);
    }

    @Bean
    PeriodStore periodStore(DSLContext db, Clock clock, EventSeal seal, PeriodLockStore lock) {
        return new PeriodStore(db, clock, seal, lock);
    }
}
