package dev.chargeback.batch.internal;

import dev.chargeback.batch.JobRunner;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    @Bean
    JobRunner jobRunner(JobOperator operator) {
        return new JobRunner(operator);
    }
}
