package dev.chargeback.database;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The cause of a database failure in the words of the database, on one line: the server's message without its
 * severity prefix ("FATAL: "), H2's message without its error-code suffix ("[90020-240]") and hints, and the
 * underlying cause (an unknown host, a locked file) when the message alone is generic.
 */
public final class DatabaseFailure {
    private DatabaseFailure() {
    }

    /** The deepest {@link SQLException} in a chain of causes, or null. */
    public static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    static String cause(Throwable failure) {
        String message = clean(failure.getMessage());
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && root.getMessage() != null && !message.contains(clean(root.getMessage()))
                && !(root instanceof SQLException)) {
            message += " (" + root.getClass().getSimpleName() + ": " + clean(root.getMessage()) + ")";
        }
        return message;
    }

    private static String clean(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.strip().lines().findFirst().orElse("")
                .replaceFirst("^(FATAL|ERROR):\\s*", "")
                .replaceFirst("\\s*\\[[\\d.]+[-/]\\d+(/\\d+)?]$", "")
                .replaceFirst("\\. Possible solutions: .*$", "");
        return line.toLowerCase(Locale.ROOT).startsWith("no suitable driver")
                ? "no JDBC driver for this kind of URL" : line;
    }
}
