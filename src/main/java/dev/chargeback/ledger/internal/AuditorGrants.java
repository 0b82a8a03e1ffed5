package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.AuditorAccess;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The auditor's role on PostgreSQL: SELECT on every ledger table ({@link ChainedTables}: the chained tables, the
 * journal and the chain itself), CONNECT on the database and USAGE on its schema, and every other table privilege
 * revoked, so that running it again on an existing role leaves exactly these grants. Role, database and schema names
 * are quoted identifiers; the password goes through the driver's {@code alterUserPassword}, which hashes it
 * (SCRAM) before it reaches the server, so it is in no statement and no server log.
 */
final class AuditorGrants implements AuditorAccess {
    private final DSLContext db;

    AuditorGrants(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<String> grant(String role, char[] password) {
        List<String> tables = ledgerTables();
        db.transaction(c -> {
            DSLContext tx = c.dsl();
            String schema = tx.fetchValue(DSL.field("current_schema()", String.class));
            String database = tx.fetchValue(DSL.field("current_database()", String.class));
            boolean exists = tx.fetchExists(DSL.selectOne().from(DSL.table("pg_roles"))
                    .where(DSL.field("rolname", String.class).eq(role)));
            String who = quoted(role);
            tx.execute((exists ? "ALTER" : "CREATE") + " ROLE " + who + (password == null ? " NOLOGIN" : " LOGIN"));
            tx.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + quoted(schema) + " FROM " + who);
            tx.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + quoted(schema) + " FROM " + who);
            tx.execute("GRANT CONNECT ON DATABASE " + quoted(database) + " TO " + who);
            tx.execute("GRANT USAGE ON SCHEMA " + quoted(schema) + " TO " + who);
            for (String table : tables) {
                tx.execute("GRANT SELECT ON " + quoted(schema) + "." + quoted(table) + " TO " + who);
            }
        });
        if (password != null) {
            db.connection(c -> c.unwrap(PGConnection.class).alterUserPassword(role, password, null));
        }
        return tables;
    }

    private static List<String> ledgerTables() {
        List<String> tables = new ArrayList<>();
        ChainedTables.ALL.forEach(t -> tables.add(t.name()));
        ChainedTables.JOURNAL.stream().map(t -> t.getName().toLowerCase(Locale.ROOT)).sorted().forEach(tables::add);
        ChainedTables.ARCHIVE.stream().map(t -> t.getName().toLowerCase(Locale.ROOT)).sorted().forEach(tables::add);
        return tables;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
