package dev.chargeback.period;

/** A period cannot do what was asked (a closed period refuses runs; a close needs a reason): exit 2, with what to do. */
public class PeriodException extends RuntimeException {
    public PeriodException(String message) {
        super(message);
    }
}
