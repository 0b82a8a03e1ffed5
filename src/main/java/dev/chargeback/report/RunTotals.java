package dev.chargeback.report;

import dev.chargeback.allocation.Amount;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's totals as its manifest states them: cost in, allocated and remainder (null for a run REJECTED before it
 * was allocated) and the rows rejected.
 */
public record RunTotals(Amount costIn, Amount allocated, Amount remainder, long rowsRejected) {

    public static RunTotals rejected(long rowsRejected) {
        return new RunTotals(null, null, null, rowsRejected);
    }

    /** The manifest's "totals" object: amounts at the currency's scale, in this order; absent amounts left out. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        if (costIn != null) {
            text.put("cost_in", costIn.format());
            text.put("allocated", allocated.format());
            text.put("remainder", remainder.format());
        }
        text.put("rows_rejected", String.valueOf(rowsRejected));
        return text;
    }
}
