package dev.chargeback.run;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the end-to-end tests use, from {@code CHARGEBACK_TEST_PG_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/chargeback_test}), {@code CHARGEBACK_TEST_PG_USER} and
 * {@code CHARGEBACK_TEST_PG_PASSWORD}. The URL's database is only where we connect to create others: every test
 * gets its own {@code chargeback_t_<random>} database (the user needs CREATEDB), dropped when the test ends.
 *
 * <p>Without the variables, or when the server cannot be reached, the tests are skipped with a message; when
 * {@code CI=true} they fail instead, so that a CI run never passes without its PostgreSQL half.
 */
final class PostgresServer implements TestDatabase.Kind {
    static final String URL = "CHARGEBACK_TEST_PG_URL";
    static final String USER = "CHARGEBACK_TEST_PG_USER";
    static final String PASSWORD = "CHARGEBACK_TEST_PG_PASSWORD";

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?");

    private final String server;
    private final String adminDatabase;
    private final String params;
    private final String user;
    private final String password;

    private PostgresServer(String server, String adminDatabase, String params, String user, String password) {
        this.server = server;
        this.adminDatabase = adminDatabase;
        this.params = params;
        this.user = user;
        this.password = password;
    }

    /** The outcome of looking for the server once per JVM: the server, or why there is none. */
    private record Lookup(PostgresServer server, String reason) {
    }

    private static Lookup lookup;

    /**
     * The server of the environment, reachable; otherwise the calling test is skipped (or fails when CI=true).
     * The environment is looked at once; every test that asks gets the same answer.
     */
    static synchronized PostgresServer require() {
        if (lookup == null) {
            lookup = locate();
            if (lookup.server() == null) {
                System.err.println("e2e: " + message(lookup.reason()));
            }
        }
        if (lookup.server() == null) {
            throw unavailable(lookup.reason());
        }
        return lookup.server();
    }

    private static Lookup locate() {
        String url = System.getenv(URL);
        if (url == null || url.isBlank()) {
            return new Lookup(null, URL + " is not set");
        }
        Matcher m = JDBC_URL.matcher(url.trim());
        if (!m.matches()) {
            return new Lookup(null, URL + "='" + url + "' is not a jdbc:postgresql://host:port/database URL");
        }
        PostgresServer pg = new PostgresServer(m.group(1), m.group(2) == null || m.group(2).isEmpty() ? "postgres"
                : m.group(2), m.group(3) == null ? "" : m.group(3), env(USER), env(PASSWORD));
        try (Connection c = pg.admin()) {
            c.isValid(5);
        } catch (SQLException e) {
            return new Lookup(null, "cannot connect to " + pg.server + "/" + pg.adminDatabase + " as '" + pg.user
                    + "': " + e.getMessage());
        }
        return new Lookup(pg, null);
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String message(String reason) {
        return onCi()
                ? "PostgreSQL tests cannot run on CI (CI=true): " + reason + ". .ci/run starts PostgreSQL and sets "
                        + URL + ", " + USER + " and " + PASSWORD + "."
                : "PostgreSQL tests skipped: set " + URL + " (e.g. jdbc:postgresql://127.0.0.1:5432/chargeback_test), "
                        + USER + " and " + PASSWORD + " (a user with CREATEDB), or run .ci/run (" + reason + ")";
    }

    private static RuntimeException unavailable(String reason) {
        return onCi() ? Assertions.fail(message(reason)) : Assumptions.abort(message(reason));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    @Override
    public TestDatabase create() {
        String name = "chargeback_t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute("CREATE DATABASE " + name);
        return new PostgresDatabase(this, name);
    }

    private void execute(String sql) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + server + " as '" + user + "': " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        Properties p = credentials();
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(server + "/" + adminDatabase + (params.isEmpty() ? "" : "?" + params), p);
    }

    private Properties credentials() {
        Properties p = new Properties();
        if (!user.isEmpty()) {
            p.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** The URL of one database, credentials inside: the engine takes a password only from the URL or the env. */
    private String urlOf(String database) {
        StringBuilder url = new StringBuilder(server).append('/').append(database).append('?').append(params);
        credentials().forEach((k, v) -> url.append(url.charAt(url.length() - 1) == '?' ? "" : "&").append(k)
                .append('=').append(URLEncoder.encode((String) v, StandardCharsets.UTF_8)));
        return url.charAt(url.length() - 1) == '?' ? url.substring(0, url.length() - 1) : url.toString();
    }

    record PostgresDatabase(PostgresServer server, String name) implements TestDatabase {
        @Override
        public String url() {
            return server.urlOf(name);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url());
        }

        /** WITH (FORCE) ends sessions a failed command may have left open (PostgreSQL 13 and later). */
        @Override
        public void close() {
            try {
                server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                System.err.println("e2e: could not drop PostgreSQL database " + name + ": " + e.getMessage());
            }
        }
    }
}
