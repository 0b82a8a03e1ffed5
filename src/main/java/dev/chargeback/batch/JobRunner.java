package dev.chargeback.batch;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;

import java.util.List;

/**
 * Launches a job and turns its outcome into an exception the CLI can map to an exit code. Launching a job whose
 * last execution with the same identifying parameters failed restarts it: completed steps are not run again.
 */
public final class JobRunner {
    private final JobOperator operator;

    public JobRunner(JobOperator operator) {
        this.operator = operator;
    }

    /** @return false when an execution with these parameters had already completed (nothing was run) */
    public boolean run(Job job, JobParameters parameters) {
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
