package dev.chargeback.ingest.internal;

/**
 * One column of an input file: its header name, whether every row must have it, and the most characters a value
 * may have: a stored value must fit its column in sql/; {@link #UNLIMITED} for a value that is never stored, or
 * whose format check (period, date, number) already bounds it with a clearer message.
 */
record Column(String name, boolean required, int maxLength) {
    static final int UNLIMITED = Integer.MAX_VALUE;
    /** VARCHAR(100): ids, accounts, units, driver names. */
    static final int ID = 100;
    /** VARCHAR(500): names. */
    static final int NAME = 500;

    static Column required(String name, int maxLength) {
        return new Column(name, true, maxLength);
    }

    static Column optional(String name, int maxLength) {
        return new Column(name, false, maxLength);
    }
}
