package dev.chargeback.run.internal;

import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.RunId;
import dev.chargeback.period.PeriodLock;
import dev.chargeback.period.Periods;
import dev.chargeback.run.RunOvertakenException;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What a posting checks first, inside its transaction: it takes the posting lock, and only then reads whether the
 * period is closed and which run is in force. A run posts only when the run in force is still the one it saw when
 * it started ({@link #seen}): of two runs started together, one posts and the other is refused, instead of both
 * reversing the same run. (The schema refuses a second reversal of a run too: sql/V006.)
 */
public final class PostingGuard {
    /** The run in force when a run started ({@code checked}), or {@link #ANY}: a dry run, which posts nothing. */
    public record Seen(boolean checked, RunId inForce) {
    }

    /** A dry run neither takes the lock (it never waits for a posting) nor compares the run in force. */
    public static final Seen ANY = new Seen(false, null);

    private final PeriodLock lock;
    private final Periods periods;
    private final Ledger ledger;

    PostingGuard(PeriodLock lock, Periods periods, Ledger ledger) {
        this.lock = lock;
        this.periods = periods;
        this.ledger = ledger;
    }

    /** The run in force as a run starts (no lock: it is compared again under the lock). */
    public Seen seen(YearMonth period) {
        return new Seen(true, ledger.runInForce(period).orElse(null));
    }

    /**
     * Locks, then checks the period is open (not for a dry run) and the run in force is the one seen; returns it (the run to reverse).
     *
     * @throws dev.chargeback.period.PeriodClosedException when the period was closed
     * @throws RunOvertakenException when another run posted the period since {@code seen}
     */
    RunId lockAndCheck(YearMonth period, Seen seen) {
        if (seen.checked()) {
            lock.acquire(period);
            periods.requireOpen(period); // a dry run may try a closed period: it posts nothing
        }
        RunId inForce = ledger.runInForce(period).orElse(null);
        if (seen.checked() && !Objects.equals(seen.inForce(), inForce)) {
            throw new RunOvertakenException(period, seen.inForce(), inForce);
        }
        return inForce;
    }
}
