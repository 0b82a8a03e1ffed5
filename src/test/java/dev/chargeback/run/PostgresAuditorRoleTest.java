package dev.chargeback.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `grant-auditor` on PostgreSQL: the role it makes connects and reads the ledger, and is refused any change and any
 * table outside the ledger; run again without a password it can no longer log in. (The test's server user needs
 * CREATEROLE, which .ci/run gives it.) On H2 the command says that roles need PostgreSQL.
 */
class PostgresAuditorRoleTest {

    @Test
    void auditorRoleReadsTheLedgerAndChangesNothing() throws SQLException {
        PostgresServer server = PostgresServer.require();
        String role = "auditor_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String password = "s3cret-" + role;
        try (TestDatabase db = server.create()) {
            Cli.Result closed = Cli.execute("close", "--period", "2026-09", "--reason", "month end", "--user",
                    "controller", "--db", db.url());
            assertEquals(0, closed.exit(), closed::describe);

            Cli.Result granted = withStdin(password + "\n", () -> Cli.execute("grant-auditor", "--role", role,
                    "--password-stdin", "--db", db.url()));
            assertEquals(0, granted.exit(), granted::describe);
            assertTrue(granted.out().startsWith("Role " + role + " (LOGIN) can read the ledger's 26 tables"),
                    granted::describe);

            String url = db.url().replaceFirst("\\?.*$", "");
            try (Connection auditor = DriverManager.getConnection(url, role, password);
                 Statement s = auditor.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT action, actor, reason FROM period_event")) {
                    assertTrue(r.next(), "the close of 2026-09");
                    assertEquals("CLOSE|controller|month end", r.getString(1) + "|" + r.getString(2) + "|"
                            + r.getString(3));
                }
                assertRefused(s, "INSERT INTO period_event (period, action, actor, reason, at) VALUES ('2026-10',"
                        + " 'CLOSE', 'auditor', 'no', CURRENT_TIMESTAMP)", "permission denied for table period_event");
                assertRefused(s, "DELETE FROM chain_link", "permission denied for table chain_link");
                assertRefused(s, "SELECT * FROM period", "permission denied for table period");
                assertRefused(s, "SELECT * FROM batch_job_execution", "permission denied for table batch_job_execution");
            }

            Cli.Result again = Cli.execute("grant-auditor", "--role", role, "--db", db.url());
            assertEquals(0, again.exit(), again::describe);
            SQLException noLogin = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, role,
                    password).close());
            assertTrue(noLogin.getMessage().contains("is not permitted to log in"), noLogin::getMessage);
        } finally {
            try (Connection admin = DriverManager.getConnection(System.getenv(PostgresServer.URL),
                    System.getenv(PostgresServer.USER), System.getenv(PostgresServer.PASSWORD));
                 Statement s = admin.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void onH2RolesAreRefusedNamingPostgres() {
        try (TestDatabase db = new H2Databases().create()) {
            Cli.Result r = Cli.execute("grant-auditor", "--role", "auditor", "--db", db.url());
            assertEquals(2, r.exit(), r::describe);
            assertTrue(r.err().startsWith("chargeback: grant-auditor: roles need PostgreSQL;"), r::describe);
        }
    }

    private static void assertRefused(Statement s, String sql, String message) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(e.getMessage().contains(message), () -> sql + ": " + e.getMessage());
    }

    private static Cli.Result withStdin(String text, java.util.function.Supplier<Cli.Result> call) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return call.get();
        } finally {
            System.setIn(in);
        }
    }
}
