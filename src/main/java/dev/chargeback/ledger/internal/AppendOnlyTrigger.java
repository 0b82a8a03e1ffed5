package dev.chargeback.ledger.internal;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * H2's half of the append-only ledger: sql/h2/V005_1 puts this trigger before UPDATE and DELETE on every ledger
 * table, and it refuses the change with the same message as PostgreSQL's trigger function
 * ("UPDATE on allocation_flow refused: the ledger is append-only"). Public, with a public constructor, because H2
 * creates it by its name.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table;

    public AppendOnlyTrigger() {
        // H2 instantiates triggers by class name
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException((newRow == null ? "DELETE" : "UPDATE") + " on " + table
                + " refused: the ledger is append-only", "P0001");
    }
}
