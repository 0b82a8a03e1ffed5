package dev.chargeback.period;

/** A run was asked for a closed period. */
public class PeriodClosedException extends PeriodException {
    public PeriodClosedException(String period) {
        super("period " + period + " is CLOSED: it refuses new runs and reversals; reopen it first with "
                + "`chargeback reopen --period " + period + " --reason \"...\"`");
    }
}
