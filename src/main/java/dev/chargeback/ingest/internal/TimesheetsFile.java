package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * timesheets.csv: hours a supplier cost center worked for a customer, the {@code hours} driver (table driver_total,
 * driver 'hours'). Employee, ticket and note are checked but not stored, so their length is not limited.
 */
final class TimesheetsFile implements InputFile {
    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    @Override
    public InputKind kind() {
        return InputKind.TIMESHEETS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("date", Column.UNLIMITED), Column.required("employee", Column.UNLIMITED),
                Column.required("cost_center", Column.ID), Column.required("customer", Column.ID),
                Column.required("hours", Column.UNLIMITED), Column.optional("service", Column.ID),
                Column.optional("ticket", Column.UNLIMITED), Column.optional("note", Column.UNLIMITED));
    }

    @Override
    public Optional<DriverRef.Kind> neededFor() {
        return Optional.of(DriverRef.Kind.HOURS);
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        Map<String, BigDecimal> dayHours = new HashMap<>(); // grows with employee-days, not rows
        return c -> c.outcome(timesheet(c, rules, dayHours));
    }

    private static Outcome timesheet(Cells c, RowRules rules, Map<String, BigDecimal> dayHours) {
        LocalDate date = c.date("date");
        String employee = c.required("employee");
        String supplier = rules.leaf(c, "cost_center");
        String customer = rules.leaf(c, "customer");
        BigDecimal hours = c.positive("hours", Cells.QUANTITY_SCALE, false);
        String service = rules.ownService(c, "service", supplier);
        if (c.ok()) {
            String key = employee + "|" + date;
            BigDecimal day = dayHours.getOrDefault(key, BigDecimal.ZERO).add(hours);
            if (day.compareTo(DAY) > 0) {
                c.fail("hours", hours.toPlainString(), "brings " + employee + " to " + day.toPlainString()
                        + " hours on " + date + " (more than 24 in one day, counting the rows before)");
            } else {
                dayHours.put(key, day);
            }
        }
        if (!c.ok() || !rules.inPeriod(c, "date", date)) {
            return c.ok() ? new Outcome.OtherPeriod(YearMonth.from(date)) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.HOURS, supplier, service, customer, hours, c.line());
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.drivers(store.drivers(batchId));
    }
}
