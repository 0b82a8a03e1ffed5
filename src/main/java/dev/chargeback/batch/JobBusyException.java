package dev.chargeback.batch;

/**
 * The same work (a job with the same identifying parameters) is running in another living process, and did not end
 * within the wait: the user runs again later. A refusal, not a failure: the command's exit code is 2.
 */
public final class JobBusyException extends RuntimeException {
    public JobBusyException(String jobName, long waitedSeconds) {
        super("the ledger is busy: job " + jobName + " for the same inputs is running in another process (waited "
                + waitedSeconds + " s); run again when it has ended");
    }
}
