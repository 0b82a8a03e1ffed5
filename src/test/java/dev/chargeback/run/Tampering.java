package dev.chargeback.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a database superuser (or a table's owner) can do that the engine's users cannot: take away the append-only
 * triggers of some ledger tables, so that a test can change them with plain SQL and see `verify` find it. The
 * triggers are named {@code <table>_append_only} (sql/h2 and sql/postgresql V005_1).
 */
final class Tampering {
    private Tampering() {
    }

    static void disableTriggers(TestDatabase db, String... tables) throws SQLException {
        boolean h2 = db.url().startsWith("jdbc:h2:");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute(h2 ? "DROP TRIGGER IF EXISTS " + table + "_append_only"
                        : "ALTER TABLE " + table + " DISABLE TRIGGER USER");
            }
        }
    }
}
