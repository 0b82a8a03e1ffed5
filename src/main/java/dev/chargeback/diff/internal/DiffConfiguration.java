package dev.chargeback.diff.internal;

import dev.chargeback.diff.RunComparison;
import dev.chargeback.ledger.archive.RunArchive;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DiffConfiguration {

    @Bean
    RunComparison runComparison(RunArchive archive) {
        return new RunComparison(archive);
    }
}
