package dev.chargeback.archive;

/** An archived file is missing, or its stored bytes do not match its SHA-256: nothing of it is handed out. */
public class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
