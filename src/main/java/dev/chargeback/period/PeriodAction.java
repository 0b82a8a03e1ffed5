package dev.chargeback.period;

/** A recorded act on a period (period_event.action), and the state it leads to. */
public enum PeriodAction {
    CLOSE(PeriodState.CLOSED, "closed"),
    REOPEN(PeriodState.OPEN, "reopened");

    private final PeriodState target;
    private final String pastTense;

    PeriodAction(PeriodState target, String pastTense) {
        this.target = target;
        this.pastTense = pastTense;
    }

    public PeriodState target() {
        return target;
    }

    /** "closed" or "reopened", as the CLI reports the act. */
    public String pastTense() {
        return pastTense;
    }
}
