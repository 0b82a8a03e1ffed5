package dev.chargeback.database.internal;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the ledger's schema is already at the newest migration the engine carries, found cheaply: one query of
 * Flyway's schema history and a listing of the migration files' names. Flyway's own migrate validates every applied
 * migration (reads and checksums each file, locks the history table), which costs a read-only command a large part
 * of its start; when the schema is current there is nothing for it to do, so {@code DatabaseConfiguration} skips it.
 * Any doubt (no history table, a failed migration, a version the engine does not know) answers "not current", and
 * Flyway then runs as before.
 */
final class SchemaVersion {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.*\\.sql");

    private SchemaVersion() {
    }

    static boolean isCurrent(Configuration flyway) {
        MigrationVersion carried = newestCarried(flyway);
        MigrationVersion applied = newestApplied(flyway.getDataSource(), flyway.getTable());
        return carried != null && carried.equals(applied);
    }

    /** The newest versioned migration among the configured classpath locations (null: none found, or not classpath). */
    static MigrationVersion newestCarried(Configuration flyway) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        MigrationVersion newest = null;
        for (Location location : flyway.getLocations()) {
            if (!location.isClassPath()) {
                return null;
            }
            try {
                for (Resource r : resolver.getResources("classpath*:" + location.getRootPath() + "/V*.sql")) {
                    Matcher m = VERSIONED.matcher(r.getFilename() == null ? "" : r.getFilename());
                    if (m.matches()) {
                        MigrationVersion v = MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                        newest = newest == null || v.compareTo(newest) > 0 ? v : newest;
                    }
                }
            } catch (IOException e) {
                return null;
            }
        }
        return newest;
    }

    /** The newest version in the schema history, or null when a migration failed or there is no history yet. */
    private static MigrationVersion newestApplied(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection()) {
            if (!hasTable(c, table)) {
                return null; // a new ledger (asked first: a failed query is an ERROR in the server log)
            }
            return newestApplied(c, table);
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, table, null)) {
            return r.next();
        }
    }

    private static MigrationVersion newestApplied(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"" + table + "\"")) {
            MigrationVersion newest = null;
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return null;
                }
                if (r.getString(1) != null) {
                    MigrationVersion v = MigrationVersion.fromVersion(r.getString(1));
                    newest = newest == null || v.compareTo(newest) > 0 ? v : newest;
                }
            }
            return newest;
        }
    }
}
