package dev.chargeback.run;

import dev.chargeback.batch.JobRunner;
import dev.chargeback.ingest.internal.ImportJob;
import dev.chargeback.ingest.internal.ImportStore;
import dev.chargeback.ledger.internal.LedgerStore;
import dev.chargeback.period.internal.PeriodStore;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.run.internal.ExportJob;
import dev.chargeback.run.internal.PostingJob;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class RunConfiguration {

    @Bean
    PostingJob postingJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                          ImportStore imports, LedgerStore ledger, PeriodStore periods, Clock clock) {
        return new PostingJob(repository, transactions, runner, imports, ledger, periods, clock);
    }

    @Bean
    ExportJob exportJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                        RunOutputs files) {
        return new ExportJob(repository, transactions, runner, files);
    }

    @Bean
    MonthlyRun monthlyRun(ImportJob importJob, PostingJob postingJob, ExportJob exportJob, PeriodStore periods,
                          RunOutputs files, Clock clock) {
        String version = MonthlyRun.class.getPackage().getImplementationVersion();
        return new MonthlyRun(importJob, postingJob, exportJob, periods, files, clock, version == null ? "dev" : version);
    }
}
