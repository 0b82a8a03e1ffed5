package dev.chargeback.report.internal;

import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.PeriodReports;
import dev.chargeback.report.model.ReportModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the `report` command's files (report.html, report.xlsx). */
@Configuration(proxyBeanMethods = false)
class ReportDocumentsConfiguration {

    @Bean
    PeriodReports periodReports(RunArchive archive, Ledger ledger, ReportModels models) {
        return new PeriodReports(archive, ledger, models);
    }
}
