package dev.chargeback.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database of a command: {@code --db}, else the environment variable {@code CHARGEBACK_DB_URL}, else an
 * embedded H2 file database under the working directory ({@code .chargeback/ledger}), created and migrated on
 * first use. Credentials come from {@code --db-user} / {@code CHARGEBACK_DB_USER} and
 * {@code CHARGEBACK_DB_PASSWORD}, never from a file in the repository.
 */
public record DatabaseTarget(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./.chargeback/ledger";

    public static DatabaseTarget resolve(String urlOption, String userOption) {
        String url = firstNonBlank(urlOption, System.getenv("CHARGEBACK_DB_URL"), DEFAULT_URL);
        String user = firstNonBlank(userOption, System.getenv("CHARGEBACK_DB_USER"), isH2(url) ? "sa" : "");
        String password = firstNonBlank(System.getenv("CHARGEBACK_DB_PASSWORD"), "", "");
        return new DatabaseTarget(url, user, password);
    }

    public static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Spring properties for this target. PostgreSQL batches are rewritten into multi-row inserts. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        String jdbc = url;
        if (isPostgres() && !jdbc.contains("reWriteBatchedInserts")) {
            jdbc += (jdbc.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
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
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
            if (!java.nio.file.Files.exists(Path.of(file + ".mv.db"))) {
                throw new IllegalArgumentException("no ledger at " + describe() + ": the embedded database lives in"
                        + " the folder you ran `run` from; run this there, or give --db / CHARGEBACK_DB_URL");
            }
        }
        return this;
    }

    /** Where the embedded database lives, for messages. */
    public String describe() {
        if (isH2(url) && url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
            return "embedded H2 database " + Path.of(file).toAbsolutePath().normalize() + ".mv.db";
        }
        return url.replaceAll("password=[^&;]*", "password=***");
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
