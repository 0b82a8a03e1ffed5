package dev.chargeback.ingest;

/** A whole input file cannot be read (missing, empty, a required column absent, broken CSV): the run stops. */
public class InputFileException extends RuntimeException {
    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
