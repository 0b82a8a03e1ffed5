package dev.chargeback.database;

/**
 * The chosen database cannot be used: it cannot be reached, refuses the login, is locked by another process, is of
 * a kind the engine does not speak, or holds no ledger where one is expected. The message names the database (never
 * its password) and the cause, in one line.
 */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
