package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputKind;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** drivers.csv: statistical driver values (HEADCOUNT, SQM...) per cost center and period, the {@code stat:} driver. */
final class DriversFile implements InputFile {

    @Override
    public InputKind kind() {
        return InputKind.DRIVERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("period", Column.UNLIMITED), Column.required("cost_center", Column.ID),
                Column.required("driver", Column.ID), Column.required("value", Column.UNLIMITED));
    }

    @Override
    public Optional<DriverRef.Kind> neededFor() {
        return Optional.of(DriverRef.Kind.STAT);
    }

    @Override
    public RowCheck rows(Reference reference) {
        RowRules rules = new RowRules(reference);
        return c -> c.outcome(driver(c, rules));
    }

    private static Outcome driver(Cells c, RowRules rules) {
        Reference ref = rules.reference();
        YearMonth period = c.period("period");
        String center = rules.leaf(c, "cost_center");
        String driver = c.required("driver");
        BigDecimal value = c.positive("value", Cells.QUANTITY_SCALE, true);
        if (!c.ok()) {
            return null;
        }
        String name = driver.toUpperCase(Locale.ROOT);
        rules.unique(c, "driver", period + "/" + center + "/" + name, "driver value for " + center + " in " + period);
        if (!c.ok()) {
            return null;
        }
        if (!period.equals(ref.period())) {
            return rules.knownPeriod(c, "period", period, period.toString()) ? new Outcome.OtherPeriod(period) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.STAT, name, "", center, value, c.line());
    }

    @Override
    public void load(long batchId, ImportStore store, ImportedDataBuilder data) {
        data.drivers(store.drivers(batchId));
    }
}
