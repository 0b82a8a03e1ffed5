package dev.chargeback.batch.internal;

import dev.chargeback.batch.JobRunner;
import dev.chargeback.batch.StaleExecutions;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    @Bean
    JobRunner jobRunner(JobOperator operator, JobRepository repository, DataSource dataSource) {
        return new JobRunner(operator, repository, new StaleExecutions(dataSource, repository, operator));
    }
}
