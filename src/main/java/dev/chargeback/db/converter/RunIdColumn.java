package dev.chargeback.db.converter;

import dev.chargeback.ledger.RunId;
import org.jooq.impl.AbstractConverter;

/** The run id columns ({@code run_id}, {@code supersedes_run_id}; {@code ledger_entry.reverses_run_id} stays text, as the hashed journal entry holds it) as {@link RunId}. */
public final class RunIdColumn extends AbstractConverter<String, RunId> {
    public RunIdColumn() {
        super(String.class, RunId.class);
    }

    @Override
    public RunId from(String stored) {
        return stored == null ? null : new RunId(stored);
    }

    @Override
    public String to(RunId id) {
        return id == null ? null : id.value();
    }
}
