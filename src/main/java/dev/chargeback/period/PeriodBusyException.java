package dev.chargeback.period;

import java.time.YearMonth;

/** Another command held the ledger's posting lock (posting, closing or reopening) for longer than the wait. */
public class PeriodBusyException extends PeriodException {
    public PeriodBusyException(YearMonth period, long waitedSeconds) {
        super("the ledger is busy: another command (a run posting, a close or a reopen) held it for more than "
                + waitedSeconds + " s, so nothing was done for period " + period + "; try again when it has finished"
                + " (`chargeback status` shows what was posted)");
    }
}
