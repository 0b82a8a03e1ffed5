package dev.chargeback.period;

import java.time.YearMonth;
import java.util.List;

/** The periods of the ledger and their state, as other features see them. A period never seen is OPEN. */
public interface Periods {

    /** OPEN or CLOSED. */
    PeriodState state(YearMonth period);

    /** @throws PeriodClosedException when the period is closed */
    void requireOpen(YearMonth period);

    /**
     * Closes ({@code CLOSE}) or reopens ({@code REOPEN}) a period, recording who and why.
     *
     * @throws PeriodException when no reason is given, or the period is already in the state asked for
     */
    void change(YearMonth period, PeriodAction action, String actor, String reason);

    /** Every period that was ever closed or reopened. */
    List<YearMonth> known();

    /** Each close and reopen of the period, oldest first, with who and why. */
    List<String> history(YearMonth period);
}
