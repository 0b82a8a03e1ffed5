package dev.chargeback.run;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One fresh, empty database for an end-to-end test: the JDBC URL that {@code --db} takes (credentials, if any,
 * inside it), and a connection for what the command line cannot do (counting rows, tampering with the ledger).
 * Closing it drops it.
 */
interface TestDatabase extends AutoCloseable {

    /** What {@code chargeback ... --db} is given. */
    String url();

    Connection connect() throws SQLException;

    /** Drops the database; never throws (a failed drop must not hide the test's own failure). */
    @Override
    void close();

    /** Makes fresh databases of one kind (H2 in memory, a PostgreSQL server); the scenarios run once per kind. */
    interface Kind {
        TestDatabase create();
    }
}
