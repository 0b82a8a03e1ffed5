package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.CostCenter;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.ServiceOffering;
import dev.chargeback.ingest.InputKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The row checks of SPEC.md's input contract, one method per file. Amounts take at most 4 decimal places,
 * quantities 12; hours and quantities are never negative; dates must fall in the run's period or another period
 * the data directory holds (those rows are counted, not used); ids must be known.
 */
final class RowRules {
    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    private final Reference ref;
    private final Map<String, Long> seen = new HashMap<>();
    /** Hours accepted so far per employee and date: grows with employee-days, not rows. */
    private final Map<String, BigDecimal> dayHours = new HashMap<>();

    private final YearMonth runPeriod;

    RowRules(Reference ref) {
        this.ref = ref;
        this.runPeriod = YearMonth.parse(ref.period());
    }

    Outcome check(InputKind kind, Cells c) {
        Outcome outcome = switch (kind) {
            case COST_CENTERS -> costCenter(c);
            case SERVICES -> service(c);
            case COSTS -> cost(c);
            case TIMESHEETS -> timesheet(c);
            case USAGE -> usage(c);
            case DRIVERS -> driver(c);
        };
        return c.ok() ? outcome : new Outcome.Rejected(c.reject());
    }

    private Outcome costCenter(Cells c) {
        String id = unique(c, "id", c.required("id"), "cost center");
        String name = c.required("name");
        String kind = c.required("kind");
        CostCenter.Kind k = null;
        if (kind != null) {
            try {
                k = CostCenter.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.fail("kind", kind, "expected SERVICE or OPERATING");
            }
        }
        String parent = c.optional("parent");
        return c.ok() ? new Outcome.CenterRow(new CostCenter(id, name, k, parent.isEmpty() ? null : parent), c.line())
                : null;
    }

    private Outcome service(Cells c) {
        String id = unique(c, "id", c.required("id"), "service");
        String owner = c.oneOf("cost_center", ref.costCenters(), "cost center");
        String name = c.required("name");
        String unit = c.required("unit");
        BigDecimal rate = c.decimal("rate", 12, false);
        BigDecimal capacity = c.decimal("capacity", 12, false);
        if (rate != null && rate.signum() < 0) {
            c.fail("rate", rate.toPlainString(), "must not be negative");
        }
        if (capacity != null && capacity.signum() <= 0) {
            c.fail("capacity", capacity.toPlainString(), "must be greater than zero");
        }
        return c.ok() ? new Outcome.ServiceRow(new ServiceOffering(id, owner, name, unit, rate, capacity), c.line())
                : null;
    }

    private Outcome cost(Cells c) {
        String period = c.period("period");
        String center = leaf(c, "cost_center");
        String account = c.required("account");
        BigDecimal amount = c.decimal("amount", 4, true);
        String currency = c.optional("currency").toUpperCase(Locale.ROOT);
        if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
            c.fail("currency", currency, "expected an ISO 4217 code such as EUR");
        }
        String service = ownService(c, "service", center);
        if (!c.ok()) {
            return null;
        }
        if (!period.equals(ref.period())) {
            return new Outcome.OtherPeriod(period);
        }
        return new Outcome.CostRow(center, service, account, currency.isEmpty() ? ref.currency() : currency, amount,
                c.line());
    }

    private Outcome timesheet(Cells c) {
        LocalDate date = c.date("date");
        String employee = c.required("employee");
        String supplier = leaf(c, "cost_center");
        String customer = leaf(c, "customer");
        BigDecimal hours = c.positive("hours", 12, false);
        String service = ownService(c, "service", supplier);
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
        if (!c.ok() || !inPeriod(c, "date", date)) {
            return c.ok() ? new Outcome.OtherPeriod(YearMonth.from(date).toString()) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.HOURS, supplier, service, customer, hours, c.line());
    }

    private Outcome usage(Cells c) {
        LocalDate date = c.date("date");
        String service = c.oneOf("service", ref.serviceOwners().keySet(), "service");
        String customer = leaf(c, "customer");
        BigDecimal quantity = c.positive("quantity", 12, true);
        if (!c.ok() || !inPeriod(c, "date", date)) {
            return c.ok() ? new Outcome.OtherPeriod(YearMonth.from(date).toString()) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.USAGE, service, "", customer, quantity, c.line());
    }

    private Outcome driver(Cells c) {
        String period = c.period("period");
        String center = leaf(c, "cost_center");
        String driver = c.required("driver");
        BigDecimal value = c.positive("value", 12, true);
        if (!c.ok()) {
            return null;
        }
        String name = driver.toUpperCase(Locale.ROOT);
        unique(c, "driver", period + "/" + center + "/" + name, "driver value for " + center + " in " + period);
        if (!c.ok()) {
            return null;
        }
        if (!period.equals(ref.period())) {
            return knownPeriod(c, "period", period, period) ? new Outcome.OtherPeriod(period) : null;
        }
        return new Outcome.DriverRow(DriverRef.Kind.STAT, name, "", center, value, c.line());
    }

    private String leaf(Cells c, String column) {
        String id = c.oneOf(column, ref.costCenters(), "cost center");
        if (id != null && !ref.leaves().contains(id)) {
            c.fail(column, id, "is a roll-up node (parent of other cost centers); use a leaf cost center");
            return null;
        }
        return id;
    }

    private String ownService(Cells c, String column, String center) {
        String service = c.optional(column);
        if (service.isEmpty() || center == null) {
            return "";
        }
        String owner = ref.serviceOwners().get(service);
        if (owner == null) {
            c.fail(column, service, "unknown service; expected an id from services.csv");
        } else if (!owner.equals(center)) {
            c.fail(column, service, "service belongs to " + owner + ", not " + center);
        }
        return service;
    }

    /** True for a date in the run's period; a date of another period the directory holds is not; others reject. */
    private boolean inPeriod(Cells c, String column, LocalDate date) {
        if (date.getYear() == runPeriod.getYear() && date.getMonthValue() == runPeriod.getMonthValue()) {
            return true;
        }
        knownPeriod(c, column, YearMonth.from(date).toString(), date.toString());
        return false;
    }

    /** A period other than the run's is fine when the data directory holds it (costs.csv has it); else a reject. */
    private boolean knownPeriod(Cells c, String column, String period, String value) {
        if (ref.periods().contains(period)) {
            return true;
        }
        c.fail(column, value, "outside the period " + ref.period() + " (this data directory holds "
                + String.join(", ", ref.periods().stream().sorted().toList()) + ")");
        return false;
    }

    private String unique(Cells c, String column, String key, String what) {
        if (key == null) {
            return null;
        }
        Long first = seen.putIfAbsent(key, c.line());
        if (first != null) {
            c.fail(column, key, "duplicate " + what + "; first given on line " + first);
        }
        return key;
    }
}
