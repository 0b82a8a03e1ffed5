package dev.chargeback.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh H2 databases in memory, one per call. {@code DB_CLOSE_DELAY=-1} keeps each alive between the commands of a
 * test (every command starts and stops its own Spring context); closing shuts it down and frees its memory.
 */
final class H2Databases implements TestDatabase.Kind {

    @Override
    public TestDatabase create() {
        return new H2Database("jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    record H2Database(String url) implements TestDatabase {
        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, "sa", "");
        }

        @Override
        public void close() {
            try (Connection c = connect(); var statement = c.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                System.err.println("e2e: could not shut down " + url + ": " + e.getMessage());
            }
        }
    }
}
