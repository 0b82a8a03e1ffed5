package dev.chargeback.report.internal;

import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.RunOutputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    RunOutputs runOutputs(RunArchive archive, Ledger ledger) {
        return new RunOutputs(archive, ledger);
    }
}
