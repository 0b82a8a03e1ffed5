package dev.chargeback.report.internal;

import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.JournalExport;
import dev.chargeback.report.RunOutputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    RunOutputs runOutputs(RunArchive archive) {
        return new RunOutputs(archive);
    }

    @Bean
    JournalExport journalExport(RunArchive archive) {
        return new JournalExport(archive);
    }
}
