package dev.chargeback.report.internal;

import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.ledger.Ledger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportModels reportModels(RunArchive archive, Ledger ledger) {
        return new ReportModels(archive, ledger);
    }

    @Bean
    RunOutputs runOutputs(RunArchive archive) {
        return new RunOutputs(archive);
    }
}
