package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** usage.csv: quantities of a service a customer consumed, the {@code usage:<service>} driver (driver_total). */
final class UsageFile implements InputFile {

    @Override
    public InputKind kind() {
        return InputKind.USAGE;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("date", Column.UNLIMITED), Column.required("service", Column.ID),
                Column.required("customer", Column.ID), Column.required("quantity", Column.UNLIMITED),
                Column.optional("reference", Column.UNLIMITED));
    }

    @Override
    public Optional<DriverRef.Kind> neededFor() {
        return Optional.of(DriverRef.Kind.USAGE);
    }

    /** Each row is checked on its own (no per-day or duplicate checks), so the file may be split. */
    @Override
    public boolean partitionable() {
        return true;
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        return c -> c.outcome(usage(c, rules));
    }

    private static Outcome usage(Cells c, RowRules rules) {
        LocalDate date = c.date("date");
        String service = rules.service(c, "service");
        String customer = rules.leaf(c, "customer");
        BigDecimal quantity = c.positive("quantity", Cells.QUANTITY_SCALE, true);
        if (!c.ok() || !rules.inPeriod(c, "date", date)) {
            return c.ok() ? new Outcome.OtherPeriod(YearMonth.from(date)) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.USAGE, service, "", customer, quantity, c.line());
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.drivers(store.drivers(batchId));
    }
}
