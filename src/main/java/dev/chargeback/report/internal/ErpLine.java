package dev.chargeback.report.internal;

import dev.chargeback.ledger.JournalEntry;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One line of the ERP journal, whatever the layout: a ledger journal line mapped to GL account, cost-center segment
 * and company code. {@code document} is one journal entry (balanced); {@code reference} the run that posted it.
 * Amounts in minor units; {@code sender} is true for the pool's own cost center (the side credited on allocation).
 */
record ErpLine(String document, String reference, int entryNo, int lineNo, JournalEntry.Kind kind,
               String reversesRunId, Integer reversesEntryNo, LocalDate postingDate, LocalDate created,
               YearMonth period, String companyCode, String glAccount, String costCenterSegment, String costCenter,
               String ledgerAccount, String pool, boolean sender, long debit, long credit, String currency,
               String documentText) {

    /** A line's own text: what the pool did with this cost center, marked when it reverses an earlier run. */
    String lineText() {
        String what = pool + (sender ? " allocated out of " : " charged to ") + costCenter;
        return kind == JournalEntry.Kind.REVERSAL ? "Reversal: " + what : what;
    }
}
