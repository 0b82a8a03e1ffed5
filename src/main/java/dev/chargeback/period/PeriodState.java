package dev.chargeback.period;

/** Where a period stands: runs and reversals are refused while it is CLOSED. A period never seen is OPEN. */
public enum PeriodState {
    OPEN,
    CLOSED
}
