package dev.chargeback.run.internal;

import dev.chargeback.ledger.RunId;
import dev.chargeback.batch.JobDefinition;
import dev.chargeback.batch.JobRunner;
import dev.chargeback.report.Manifest;
import dev.chargeback.report.RunStatus;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.run.RunExport;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.util.List;

/** The export job: one tasklet that writes a posted run's files from the database. */
final class ExportJob implements RunExport {
    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final JobRunner runner;
    private final RunOutputs files;
    private final JobDefinition definition = JobDefinition.load("export");

    ExportJob(JobRepository repository, PlatformTransactionManager transactions, JobRunner runner,
                     RunOutputs files) {
        this.repository = repository;
        this.transactions = transactions;
        this.runner = runner;
        this.files = files;
    }

    @Override
    public Manifest export(RunId runId, Path out) {
        Manifest[] written = new Manifest[1];
        // identified by the run and the folder (and the round: an export may be asked for again once done)
        runner.runAgain(definition.taskletJob(repository, transactions,
                () -> written[0] = files.write(runId, out, RunStatus.POSTED, List.of())), new JobParametersBuilder()
                .addString("run_id", runId.value()).addString("out", out.toAbsolutePath().toString())
                .toJobParameters());
        return written[0];
    }
}
