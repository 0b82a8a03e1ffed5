package dev.chargeback.cli;

import dev.chargeback.database.DatabaseTarget;
import picocli.CommandLine.Option;

/** The database options every command shares. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database (default: $CHARGEBACK_DB_URL, else the "
            + "embedded H2 file database .chargeback/ledger under the working directory). PostgreSQL: "
            + "jdbc:postgresql://127.0.0.1:5432/chargeback with $CHARGEBACK_DB_USER and $CHARGEBACK_DB_PASSWORD")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: $CHARGEBACK_DB_USER)")
    String user;

    DatabaseTarget target() {
        return DatabaseTarget.resolve(url, user);
    }
}
