package dev.chargeback.database.internal;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** jOOQ renders unquoted names, so the one DDL set works on H2 (upper-case) and PostgreSQL (lower-case). */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return c -> c.settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
