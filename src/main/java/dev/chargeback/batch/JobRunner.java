package dev.chargeback.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import java.util.List;

/**
 * Launches a job and turns its outcome into an exception the CLI can map to an exit code. Launching a job whose
 * last execution with the same identifying parameters failed restarts it: completed steps are not run again. Before
 * it launches, it closes the executions of the job that a killed process left running ({@link StaleExecutions}),
 * and holds the ownership of the job's identity while it runs. Identifying parameters must say what the work is
 * (period, input and rules hashes), never carry a random value, or a killed job could never be resumed.
 */
public final class JobRunner {
    private final JobOperator operator;
    private final JobRepository repository;
    private final StaleExecutions stale;
    private final List<String> closedStale = new java.util.concurrent.CopyOnWriteArrayList<>();

    public JobRunner(JobOperator operator, JobRepository repository, StaleExecutions stale) {
        this.operator = operator;
        this.repository = repository;
        this.stale = stale;
    }

    /**
     * One line per stale execution this runner closed (a killed earlier process's), for the run's manifest or log;
     * empty when none was.
     */
    public List<String> closedStaleExecutions() {
        return List.copyOf(closedStale);
    }

    /** @return false when an execution with these parameters had already completed (nothing was run) */
    public boolean run(Job job, JobParameters parameters) {
        try (StaleExecutions.Claim claim = stale.claim(job.getName(), parameters)) {
            closedStale.addAll(claim.closed());
            return launch(job, parameters);
        }
    }

    /**
     * Runs a job whose work may be asked for again once done (an export of the same run to the same folder): its
     * identity is the parameters plus {@code round}, the number of completed executions of them before, so a
     * killed round is resumed and a completed one is followed by a new one.
     */
    public boolean runAgain(Job job, JobParameters parameters) {
        for (long round = 1; ; round++) {
            JobParameters identity = new JobParametersBuilder(parameters).addLong("round", round).toJobParameters();
            JobInstance instance = repository.getJobInstance(job.getName(), identity);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            // a round another process completed while this one waited for it is passed: the next round runs
            if ((last == null || last.getStatus() != BatchStatus.COMPLETED) && run(job, identity)) {
                return true;
            }
        }
    }

    private boolean launch(Job job, JobParameters parameters) {
        JobExecution execution;
        try {
            execution = operator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException("job " + job.getName() + " could not start: " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            for (Throwable t : failures) {
                Throwable cause = t;
                while (cause != null) {
                    if (cause instanceof RuntimeException r && r.getClass().getPackageName().startsWith("dev.chargeback")) {
                        throw r;
                    }
                    cause = cause.getCause();
                }
            }
            throw new IllegalStateException("job " + job.getName() + " ended " + execution.getStatus()
                    + (failures.isEmpty() ? "" : ": " + failures.getFirst().getMessage()),
                    failures.isEmpty() ? null : failures.getFirst());
        }
        return true;
    }
}
