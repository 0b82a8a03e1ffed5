package dev.chargeback.period.internal;

import dev.chargeback.period.EventSeal;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PeriodConfiguration {

    @Bean
    PeriodStore periodStore(DSLContext db, Clock clock, EventSeal seal) {
        return new PeriodStore(db, clock, seal);
    }
}
