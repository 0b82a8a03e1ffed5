package dev.chargeback.ingest.internal;

import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.InputKind;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * costs.csv: the GL cost lines, totalled per cost center, service, account and currency (table cost_total). Its
 * periods are the periods the data directory holds. An amount's magnitude must stay below {@link #MAX_AMOUNT}
 * (10^13), and the accepted amounts of the file must together stay below {@link Totals#MAX_COST_MAGNITUDE} (10^15):
 * the ledger holds amounts as long minor units (at most 9.2 * 10^18), so no sum the allocation forms can overflow.
 */
final class CostsFile implements InputFile {
    static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);
    private static final String BEYOND_THE_LEDGER = "beyond what the ledger holds; an amount must be less than "
            + "10,000,000,000,000 (10^13) in magnitude";

    @Override
    public InputKind kind() {
        return InputKind.COSTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("period", Column.UNLIMITED), Column.required("cost_center", Column.ID),
                Column.required("account", Column.ID), Column.required("amount", Column.UNLIMITED),
                Column.optional("currency", Column.UNLIMITED), Column.optional("service", Column.ID));
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        return c -> c.outcome(cost(c, rules));
    }

    private static Outcome cost(Cells c, RowRules rules) {
        Reference ref = rules.reference();
        YearMonth period = c.period("period");
        String center = rules.leaf(c, "cost_center");
        String account = c.required("account");
        String raw = c.optional("amount");
        if (integerDigits(raw) > 13) { // said before the schema's own 34-digit limit, which would say less
            c.fail("amount", raw, BEYOND_THE_LEDGER);
        }
        BigDecimal amount = c.decimal("amount", Cells.AMOUNT_SCALE, true);
        if (amount != null && amount.abs().compareTo(MAX_AMOUNT) >= 0) {
            c.fail("amount", amount.toPlainString(), BEYOND_THE_LEDGER);
        }
        String currency = c.optional("currency").toUpperCase(Locale.ROOT);
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            c.fail("currency", currency, "expected an ISO 4217 code such as EUR");
        }
        String service = rules.ownService(c, "service", center);
        if (!c.ok()) {
            return null;
        }
        if (!period.equals(ref.period())) {
            return new Outcome.OtherPeriod(period);
        }
        return new Outcome.CostRow(center, service, account, currency.isEmpty() ? ref.currency() : currency, amount,
                c.line());
    }

    @Override
    public void finish(Totals totals, YearMonth period) {
        if (totals.costs.isEmpty()) {
            throw new InputFileException("costs.csv has no accepted cost line for " + period + " (it holds "
                    + (totals.periods.isEmpty() ? "no period" : String.join(", ", totals.periods.stream().map(YearMonth::toString).toList()))
                    + (totals.rejects.isEmpty() ? "" : "; " + totals.rejects.size() + " rows were rejected")
                    + "): nothing to allocate. Is the GL extract for " + period + " missing?");
        }
        totals.periods.add(period);
    }

    @Override
    public boolean providesReference() {
        return true;
    }

    @Override
    public Reference provide(Reference reference, long batchId, ImportStore store) {
        return reference.withPeriods(store.periodsSeen(batchId));
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.costs(store.costs(batchId));
    }

    /** Significant digits before the point of a plain decimal ([+-]digits[.digits]); 0 for anything else. */
    private static int integerDigits(String v) {
        int i = v.startsWith("+") || v.startsWith("-") ? 1 : 0;
        int digits = 0;
        for (; i < v.length() && v.charAt(i) != '.'; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return 0;
            }
            if (digits > 0 || ch != '0') {
                digits++;
            }
        }
        return digits;
    }
}
