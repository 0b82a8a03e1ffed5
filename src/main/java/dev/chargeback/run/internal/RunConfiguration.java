package dev.chargeback.run.internal;

import dev.chargeback.archive.InputArchive;
import dev.chargeback.batch.JobRunner;
import dev.chargeback.ingest.ImportedBatches;
import dev.chargeback.ingest.Importer;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.period.PeriodLock;
import dev.chargeback.period.Periods;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.run.MonthlyRun;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    @Bean
    PostingJob postingJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                          ImportedBatches imports, Ledger ledger, PostingGuard guard, Clock clock) {
        return new PostingJob(repository, transactions, runner, imports, ledger, guard, clock);
    }

    @Bean
    PostingGuard postingGuard(PeriodLock lock, Periods periods, Ledger ledger) {
        return new PostingGuard(lock, periods, ledger);
    }

    @Bean
    ExportJob exportJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                        RunOutputs files) {
        return new ExportJob(repository, transactions, runner, files);
    }

    @Bean
    MonthlyRun monthlyRun(Importer importJob, PostingJob postingJob, ExportJob exportJob, Periods periods,
                          RunOutputs files, Clock clock, RunArchive archive, InputArchive inputs) {
        String version = MonthlyRun.class.getPackage().getImplementationVersion();
        return new MonthlyRun(importJob, postingJob, exportJob, periods, files, clock, version == null ? "dev" : version,
                archive, inputs);
    }
}
