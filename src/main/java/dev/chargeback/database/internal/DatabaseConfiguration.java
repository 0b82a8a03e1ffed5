package dev.chargeback.database.internal;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * jOOQ renders unquoted names, so the one DDL set works on H2 (upper-case) and PostgreSQL (lower-case); Flyway runs
 * only when the schema is behind the engine's migrations.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return c -> c.settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    }

    /** Flyway migrates (and validates) only when the schema is not yet at the newest migration: see SchemaVersion. */
    @Bean
    FlywayMigrationStrategy migrateUnlessCurrent() {
        return flyway -> {
            if (!SchemaVersion.isCurrent(flyway.getConfiguration())) {
                flyway.migrate();
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
