package dev.chargeback.cli;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The test PostgreSQL server of {@code CHARGEBACK_TEST_PG_URL} / {@code _USER} / {@code _PASSWORD}; tests that need it
 * are skipped with a message without it, and fail under {@code CI=true}. {@link #createDatabase} gives a test its own
 * database, which {@link #dropDatabase} removes.
 */
public record TestPostgres(String url, String user, String password) {

    public static TestPostgres require() {
        String url = System.getenv("CHARGEBACK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String why = "CHARGEBACK_TEST_PG_URL is not set: the PostgreSQL edge tests are skipped";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why + ", which CI=true does not allow");
            }
            System.err.println("edges: " + why);
            Assumptions.abort(why);
        }
        return new TestPostgres(url.trim(), System.getenv("CHARGEBACK_TEST_PG_USER"),
                System.getenv("CHARGEBACK_TEST_PG_PASSWORD"));
    }

    /** jdbc:postgresql://host:port/NAME for another database on the same server. */
    public String urlOf(String database) {
        return url.replaceFirst("(jdbc:postgresql://[^/?]*)/[^?]*", "$1/" + database);
    }

    public String createDatabase() throws SQLException {
        String name = "chargeback_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute("CREATE DATABASE " + name);
        return name;
    }

    public void dropDatabase(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
