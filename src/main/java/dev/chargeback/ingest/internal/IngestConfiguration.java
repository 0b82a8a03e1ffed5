package dev.chargeback.ingest.internal;

import dev.chargeback.batch.JobRunner;
import dev.chargeback.ingest.BatchSeal;
import org.jooq.DSLContext;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ImportStore importStore(DSLContext db, Clock clock, BatchSeal seal) {
        return new ImportStore(db, clock, seal);
    }

    @Bean
    ImportJob importJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                        ImportStore store, DSLContext db,
                        @Value("${chargeback.import.threads:0}") int threads,
                        @Value("${chargeback.import.partitions:0}") int partitions) {
        return new ImportJob(repository, transactions, runner, store, new PartitionStore(db),
                new ImportSettings(threads, partitions));
    }

    @Bean
    SourceRowReader sourceRows(ImportStore store) {
        return new SourceRowReader(store);
    }
}
