package dev.chargeback.run;

import dev.chargeback.ledger.RunId;
import dev.chargeback.period.PeriodException;

import java.time.YearMonth;

/**
 * Another command posted the period while this run was running: the run in force is no longer the one this run
 * saw when it started, so it would reverse a run its user never saw. Nothing is posted (exit 2); running again
 * supersedes the new run knowingly.
 */
public class RunOvertakenException extends PeriodException {
    public RunOvertakenException(YearMonth period, RunId sawInForce, RunId nowInForce) {
        super("nothing was posted: another command posted run " + nowInForce + " for " + period
                + " while this run was running (it started with " + (sawInForce == null ? "no run" : "run "
                + sawInForce) + " in force); see `chargeback status`, and run again to supersede it");
    }
}
