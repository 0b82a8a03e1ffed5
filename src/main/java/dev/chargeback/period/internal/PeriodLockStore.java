package dev.chargeback.period.internal;

import dev.chargeback.period.PeriodBusyException;
import dev.chargeback.period.PeriodLock;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import java.sql.SQLException;
import java.time.YearMonth;

import static dev.chargeback.db.Tables.LEDGER_LOCK;

/**
 * The posting lock as a row lock ({@code SELECT ... FOR UPDATE} on ledger_lock's one row, sql/V006), the same on
 * H2 and PostgreSQL. The wait is bounded per database: PostgreSQL's {@code lock_timeout} for this transaction only,
 * H2's session {@code LOCK_TIMEOUT}.
 */
final class PeriodLockStore implements PeriodLock {
    static final String POSTING = "posting";
    /** PostgreSQL: lock_not_available; H2: LOCK_TIMEOUT_1 (50200). */
    private static final String PG_LOCK_TIMEOUT = "55P03";
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final DSLContext db;
    private final long waitSeconds;

    PeriodLockStore(DSLContext db, long waitSeconds) {
        this.db = db;
        this.waitSeconds = waitSeconds;
    }

    @Override
    public void acquire(YearMonth period) {
        acquire(db, period);
    }

    /** Takes the lock in the transaction of {@code tx}. */
    void acquire(DSLContext tx, YearMonth period) {
        try {
            if (tx.dialect().family() == SQLDialect.POSTGRES) {
                tx.execute("SET LOCAL lock_timeout = '" + waitSeconds + "s'");
            } else {
                tx.execute("SET LOCK_TIMEOUT " + waitSeconds * 1000);
            }
            tx.select(LEDGER_LOCK.LOCK_NAME).from(LEDGER_LOCK).where(LEDGER_LOCK.LOCK_NAME.eq(POSTING)).forUpdate()
                    .fetchOptional().orElseThrow(() -> new IllegalStateException("the ledger has no '" + POSTING
                            + "' row in ledger_lock (sql/V006): it was deleted by hand"));
        } catch (RuntimeException e) { // jOOQ's exception, or Spring's translation of it (CannotAcquireLockException)
            if (lockTimedOut(e)) {
                throw new PeriodBusyException(period, waitSeconds);
            }
            throw e;
        }
    }

    private static boolean lockTimedOut(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (PG_LOCK_TIMEOUT.equals(sql.getSQLState())
                    || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
