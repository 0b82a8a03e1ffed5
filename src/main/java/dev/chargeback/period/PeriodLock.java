package dev.chargeback.period;

import java.time.YearMonth;

/**
 * One change of the ledger's periods at a time: the posting of a run, a close and a reopen each take this lock
 * first, inside their own transaction, and read the period's state (and the run in force) only after it. The
 * lock is ledger-wide (the hash chain is): a second command waits for the first to commit, at most
 * {@code chargeback.lock-wait-seconds} (60 by default), and is then refused with {@link PeriodBusyException}. The
 * database releases it when the transaction ends, and when a killed process's connection drops.
 */
public interface PeriodLock {

    /**
     * Takes the lock for the caller's transaction; {@code period} names what waits, in the message.
     *
     * @throws PeriodBusyException when another command held it longer than the wait
     */
    void acquire(YearMonth period);
}
