package dev.chargeback.period;

/** A run was asked for a closed period. */
public class PeriodClosedException extends PeriodException {
    public PeriodClosedException(java.time.YearMonth period) {
        super("period " + period + " is CLOSED: it refuses new runs and reversals; reopen it first with "
                + "`chargeback reopen --period " + period + " --reason \"...\"`");
    }
}
