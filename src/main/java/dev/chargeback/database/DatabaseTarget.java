package dev.chargeback.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The database of a command: {@code --db}, else the environment variable {@code CHARGEBACK_DB_URL}, else an
 * embedded H2 file database under the working directory ({@code .chargeback/ledger}), created and migrated on
 * first use. Credentials come from {@code --db-user} / {@code CHARGEBACK_DB_USER} and
 * {@code CHARGEBACK_DB_PASSWORD}, never from a file in the repository. Nothing this type prints shows the password.
 */
public record DatabaseTarget(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./.chargeback/ledger";
    private static final String H2_FILE = "jdbc:h2:file:";
    /** H2's DATABASE_ALREADY_OPEN_1: another process holds the embedded database's file. */
    private static final int H2_IN_USE = 90020;

    /** @throws DatabaseException for a URL of a kind the engine does not speak */
    public static DatabaseTarget resolve(String urlOption, String userOption) {
        String url = firstNonBlank(urlOption, System.getenv("CHARGEBACK_DB_URL"), DEFAULT_URL);
        String user = firstNonBlank(userOption, System.getenv("CHARGEBACK_DB_USER"), isH2(url) ? "sa" : "");
        String password = firstNonBlank(System.getenv("CHARGEBACK_DB_PASSWORD"), "", "");
        DatabaseTarget target = new DatabaseTarget(url, user, password);
        if (!isH2(url) && !target.isPostgres()) {
            throw new DatabaseException("cannot use the database " + target.describe() + ": the engine speaks "
                    + "PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE) and H2 (jdbc:h2:file:PATH)");
        }
        return target;
    }

    public static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * Spring properties for this target. PostgreSQL batches are rewritten into multi-row inserts; an H2 file writes
     * each commit at once, and H2 streams a query's rows instead of building its result first.
     */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        String jdbc = url;
        if (isPostgres() && !jdbc.contains("reWriteBatchedInserts")) {
            jdbc += (jdbc.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        if (url.startsWith(H2_FILE) && !jdbc.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            // a commit reaches the file before the command goes on: H2 otherwise writes it up to 500 ms later, and a
            // process killed in that time loses a posting it had already reported
            jdbc += ";WRITE_DELAY=0";
        }
        if (isH2(url) && !jdbc.toUpperCase(java.util.Locale.ROOT).contains("LAZY_QUERY_EXECUTION")) {
            // a query's rows are read from the table's index as they are fetched: H2 otherwise builds the whole
            // result first, and one of more than 40,000 rows (a run's 100,000 flows, the allocation's driver
            // totals) in a temporary file. Measured on a 1M-row month, two interleaved rounds of three:
            // allocate + post 3.80/3.53 s -> 3.32/3.21 s, export 1.41/1.39 s -> 1.28/1.22 s and its peak heap
            // 235/220 MB -> 160/162 MB
            jdbc += ";LAZY_QUERY_EXECUTION=1";
        }
        p.put("spring.datasource.url", jdbc);
        if (!user.isEmpty()) {
            p.put("spring.datasource.username", user);
        }
        if (!password.isEmpty()) {
            p.put("spring.datasource.password", password);
        }
        return p;
    }

    /**
     * For commands that read an existing ledger (verify, close, reopen): an embedded database that does not exist
     * means the command runs in another folder than the runs did, so it is refused rather than created empty.
     */
    public DatabaseTarget requireExisting() {
        if (url.startsWith(H2_FILE) && !Files.exists(Path.of(h2File() + ".mv.db"))) {
            throw new DatabaseException("no ledger at " + describe() + ": the embedded database lives in"
                    + " the folder you ran `run` from; run this there, or give --db / CHARGEBACK_DB_URL");
        }
        return this;
    }

    /**
     * Opens and closes one connection, so that a database that cannot be reached, refuses the login or is locked
     * is reported in one line before any framework starts.
     */
    /**
     * A connection, once the database is reachable and the login accepted (else a {@link DatabaseException}). Held
     * while the engine starts, it keeps an embedded database open: closing the check's connection closed the H2 file,
     * and the connection pool opened it again (0.2 s of a read-only command's start).
     */
    public Connection openChecked() {
        Properties login = new Properties();
        if (!user.isEmpty()) {
            login.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            login.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, login);
        } catch (SQLException e) {
            throw unusable("cannot connect to", e);
        }
    }

    /**
     * The database cannot be used for this command: "the ledger is busy" when another process holds the embedded
     * database (H2 serves one process at a time), otherwise {@link #failure} in one line.
     */
    public DatabaseException unusable(String what, Throwable cause) {
        SQLException sql = DatabaseFailure.sqlCause(cause);
        if (isH2(url) && sql != null && sql.getErrorCode() == H2_IN_USE) {
            return new DatabaseException("the ledger is busy: another chargeback command is using " + describe()
                    + " (the embedded database serves one command at a time); nothing was done: try again when it"
                    + " has finished, or give the team a PostgreSQL ledger (--db) to work at the same time", cause);
        }
        return new DatabaseException(failure(what, cause), cause);
    }

    /** "cannot ... to URL as USER: cause" in one line, with any password masked. */
    public String failure(String what, Throwable cause) {
        String who = isH2(url) || user.isEmpty() ? "" : " as " + user;
        return what + " " + describe() + who + ": " + Secrets.mask(DatabaseFailure.cause(cause), password);
    }

    /** The database for messages: the embedded database's file, else the URL with any password masked. */
    public String describe() {
        if (url.startsWith(H2_FILE)) {
            return "embedded H2 database " + Path.of(h2File()).toAbsolutePath().normalize() + ".mv.db";
        }
        return Secrets.mask(url, password);
    }

    @Override
    public String toString() {
        return describe() + (user.isEmpty() ? "" : " as " + user);
    }

    private String h2File() {
        return url.substring(H2_FILE.length()).split(";")[0];
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
