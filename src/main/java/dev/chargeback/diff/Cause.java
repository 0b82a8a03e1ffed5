package dev.chargeback.diff;

/**
 * Why a receiver's charge from a pool changed between two runs. The parts of one line, one per cause, add up to the
 * line's change exactly (see {@link ChangeAttribution} for the order in which they are measured).
 */
public enum Cause {
    /** The pool's own cost (its GL lines in costs.csv). */
    POOL_COST("pool cost"),
    /** What the pool received from other service pools (step-down stages, reciprocal solution). */
    RECEIVED("received from service pools"),
    /** The receiver's own driver quantity (hours, usage, statistic). */
    DRIVER_QUANTITY("driver quantity"),
    /** The quantity the pool was divided by: every receiver's quantity together (or TDABC's capacity). */
    DRIVER_TOTAL("driver total"),
    /** The pool's rule (basis, driver, fixed shares, standard rate) or the run's method changed. */
    RULE_OR_METHOD("rule or method"),
    /** The receiver (or the whole pool) is in one run only. */
    ADDED_OR_REMOVED("cost centers added or removed"),
    /** Cents placed by the largest remainder, beside the rounded steps above. */
    ROUNDING("rounding");

    private final String words;

    Cause(String words) {
        this.words = words;
    }

    /** The cause as the outputs name it: "driver quantity". */
    public String words() {
        return words;
    }

    /** The cause as a CSV column or JSON key: {@code driver_quantity}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
