package dev.chargeback.report;

import dev.chargeback.ledger.archive.RunArchive;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    RunOutputs runOutputs(RunArchive archive) {
        return new RunOutputs(archive);
    }
}
