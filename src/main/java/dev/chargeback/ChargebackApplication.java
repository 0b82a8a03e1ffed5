package dev.chargeback;

import dev.chargeback.database.DatabaseException;
import dev.chargeback.database.DatabaseFailure;
import dev.chargeback.database.DatabaseTarget;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** The Spring context of one command: the database, Flyway, Spring Batch and every feature's configuration. */
@SpringBootApplication
public class ChargebackApplication {

    /**
     * Starts the context on a database. A database that cannot be reached, refuses the login or fails while the
     * schema is migrated ends in a {@link DatabaseException} naming it (never its password) and the cause, in one
     * line; any other failure to start in an {@link IllegalStateException} with the most specific cause.
     */
    public static ConfigurableApplicationContext start(DatabaseTarget database) {
        return start(database, java.util.Map.of());
    }

    /** As {@link #start(DatabaseTarget)}, with engine settings (such as {@code chargeback.import.threads}). */
    /**
     * One connection per import thread (each partition holds one while it streams), and three more: the job
     * repository's, the archive thread's and the run's own. A fixed pool smaller than the threads made the extra
     * partitions wait for a connection, and fail after Hikari's timeout.
     */
    private static int connections(java.util.Map<String, Object> settings) {
        Object threads = settings.get("chargeback.import.threads");
        int n = threads instanceof Integer t && t > 0 ? t : Runtime.getRuntime().availableProcessors();
        return Math.max(4, n + 3);
    }

    public static ConfigurableApplicationContext start(DatabaseTarget database, java.util.Map<String, Object> settings) {
        var properties = new java.util.LinkedHashMap<>(database.properties());
        properties.putAll(settings);
        properties.putIfAbsent("spring.datasource.hikari.maximum-pool-size", connections(settings));
        // checked first (a wrong URL or password is one line, not a framework trace), and held open meanwhile
        try (java.sql.Connection held = database.openChecked()) {
            return new SpringApplicationBuilder(ChargebackApplication.class).web(WebApplicationType.NONE)
                    .logStartupInfo(false).properties(properties).run();
        } catch (java.sql.SQLException e) {
            throw database.unusable("cannot connect to", e);
        } catch (RuntimeException e) {
            if (e instanceof dev.chargeback.database.DatabaseException) {
                throw e;
            }
            if (DatabaseFailure.sqlCause(e) != null) {
                throw database.unusable("cannot prepare the ledger in", DatabaseFailure.sqlCause(e));
            }
            throw new IllegalStateException("the engine could not start: "
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
    }
}
