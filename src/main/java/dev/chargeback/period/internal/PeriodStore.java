package dev.chargeback.period.internal;

import dev.chargeback.period.PeriodAction;
import dev.chargeback.period.PeriodClosedException;
import dev.chargeback.period.PeriodException;
import dev.chargeback.period.EventSeal;
import dev.chargeback.period.Periods;
import dev.chargeback.period.PeriodState;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static dev.chargeback.db.Tables.PERIOD;
import static dev.chargeback.db.Tables.PERIOD_EVENT;

/**
 * Period states and their history (every close and reopen, with who and why). A period never seen is OPEN.
 *
 * <p>The record is period_event: append-only, each event sealed into the ledger's records chain when it is written,
 * and a period's state is what its last event leads to. The table period is outside the ledger on purpose: one row
 * per period holding its current state, updated in place, so that a period can be locked and listed; it is a cache
 * of the events, which `verify` cross-checks, and nothing decides on it.
 */
final class PeriodStore implements Periods {
    private final DSLContext db;
    private final Clock clock;
    private final EventSeal seal;
    private final PeriodLockStore lock;

    PeriodStore(DSLContext db, Clock clock, EventSeal seal, PeriodLockStore lock) {
        this.db = db;
        this.clock = clock;
        this.seal = seal;
        this.lock = lock;
    }

    /** The state the period's last close or reopen leads to. */
    @Override
    public PeriodState state(YearMonth period) {
        return db.select(PERIOD_EVENT.ACTION).from(PERIOD_EVENT).where(PERIOD_EVENT.PERIOD.eq(period))
                .orderBy(PERIOD_EVENT.EVENT_ID.desc()).limit(1).fetchOptional(PERIOD_EVENT.ACTION)
                .map(PeriodAction::target).orElse(PeriodState.OPEN);
    }

    @Override
    public void requireOpen(YearMonth period) {
        if (state(period) == PeriodState.CLOSED) {
            throw new PeriodClosedException(period);
        }
    }

    /**
     * Closes or reopens a period, recording the act, under the posting lock ({@link PeriodLockStore}).
     *
     * @throws PeriodException when no reason is given, or the period is already in the state asked for
     */
    @Override
    public void change(YearMonth period, PeriodAction action, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PeriodException("--reason must say why (it is recorded with the "
                    + action.name().toLowerCase(Locale.ROOT) + ")");
        }
        PeriodState target = action.target();
        db.transaction(c -> {
            var tx = c.dsl();
            lock.acquire(tx, period); // a run posting this period finishes first; the state is read after it
            if (tx.select(PERIOD.STATE).from(PERIOD).where(PERIOD.PERIOD_.eq(period)).fetchOptional(PERIOD.STATE)
                    .orElse(PeriodState.OPEN) == target) {
                throw new PeriodException("period " + period + " is already " + target);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            int updated = tx.update(PERIOD).set(PERIOD.STATE, target).set(PERIOD.CHANGED_AT, now)
                    .where(PERIOD.PERIOD_.eq(period)).execute();
            if (updated == 0) {
                tx.insertInto(PERIOD).set(PERIOD.PERIOD_, period).set(PERIOD.STATE, target)
                        .set(PERIOD.CHANGED_AT, now).execute();
            }
            long event = tx.insertInto(PERIOD_EVENT).set(PERIOD_EVENT.PERIOD, period).set(PERIOD_EVENT.ACTION, action)
                    .set(PERIOD_EVENT.ACTOR, actor).set(PERIOD_EVENT.REASON, reason).set(PERIOD_EVENT.AT, now)
                    .returning(PERIOD_EVENT.EVENT_ID).fetchOne(PERIOD_EVENT.EVENT_ID);
            seal.seal(event);
        });
    }

    /** Every period that was ever closed or reopened. */
    @Override
    public List<YearMonth> known() {
        return db.selectDistinct(PERIOD_EVENT.PERIOD).from(PERIOD_EVENT).orderBy(PERIOD_EVENT.PERIOD)
                .fetch(PERIOD_EVENT.PERIOD);
    }

    @Override
    public List<String> history(YearMonth period) {
        return db.selectFrom(PERIOD_EVENT).where(PERIOD_EVENT.PERIOD.eq(period)).orderBy(PERIOD_EVENT.EVENT_ID)
                .fetch(r -> r.getAt() + " " + r.getAction() + " by " + r.getActor() + ": " + r.getReason());
    }
}
