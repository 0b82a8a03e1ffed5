package dev.chargeback.ingest.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The checks several input files share (SPEC.md's input contract): ids must be known, consumers must be leaf cost
 * centers, a service must belong to the row's cost center, dates must fall in the run's period or another period
 * the data directory holds (those rows are counted, not used), keys must be unique within the file.
 */
final class RowRules {
    private final Reference ref;
    private final YearMonth runPeriod;
    private final Map<String, Long> seen = new HashMap<>();

    RowRules(Reference ref) {
        this.ref = ref;
        this.runPeriod = ref.period();
    }

    Reference reference() {
        return ref;
    }

    String leaf(Cells c, String column) {
        String value = c.required(column);
        if (value != null && ref.leaves().contains(value)) {
            return value; // the usual case, in one lookup: a known leaf
        }
        String id = c.oneOf(column, ref.costCenters(), "cost center");
        if (id != null && !ref.leaves().contains(id)) {
            c.fail(column, id, "is a roll-up node (parent of other cost centers); use a leaf cost center");
            return null;
        }
        return id;
    }

    String ownService(Cells c, String column, String center) {
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
    boolean inPeriod(Cells c, String column, LocalDate date) {
        if (YearMonth.from(date).equals(runPeriod)) {
            return true;
        }
        knownPeriod(c, column, YearMonth.from(date), date.toString());
        return false;
    }

    /** A period other than the run's is fine when the data directory holds it (costs.csv has it); else a reject. */
    boolean knownPeriod(Cells c, String column, YearMonth period, String value) {
        if (ref.periods().contains(period)) {
            return true;
        }
        c.fail(column, value, "outside the period " + ref.period() + " (this data directory holds "
                + String.join(", ", ref.periods().stream().sorted().map(YearMonth::toString).toList()) + ")");
        return false;
    }

    String unique(Cells c, String column, String key, String what) {
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
