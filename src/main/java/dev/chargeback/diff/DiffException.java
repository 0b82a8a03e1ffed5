package dev.chargeback.diff;

/** The runs to compare cannot be found or compared; the message says which and what to give instead. */
public final class DiffException extends RuntimeException {
    public DiffException(String message) {
        super(message);
    }
}
