package dev.chargeback.ingest.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The checks several input files share (SPEC.md's input contract): ids must be known, consumers must be leaf cost
 * centers, a service must belong to the row's cost center, dates must fall in the run's period or another period
 * the data directory holds (those rows are counted, not used), keys must be unique within the file.
 */
final class RowRules {
    private final Reference ref;
    private final YearMonth runPeriod;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, String> leaves;
    private final Map<String, String> services;

    RowRules(Reference ref) {
        this.ref = ref;
        this.runPeriod = ref.period();
        this.leaves = canonical(ref.leaves());
        this.services = canonical(ref.serviceOwners().keySet());
    }

    /**
     * Each id to itself, so that a row's id is handed on as the reference's own instance: the maps that sum rows
     * by id then find it by identity and a cached hash instead of comparing the characters of a new string per row.
     */
    private static Map<String, String> canonical(Set<String> ids) {
        Map<String, String> canonical = HashMap.newHashMap(ids.size());
        ids.forEach(id -> canonical.put(id, id));
        return canonical;
    }

    Reference reference() {
        return ref;
    }

    /** The row's leaf cost center (the reference's instance), or null with a reject. */
    String leaf(Cells c, String column) {
        String value = c.required(column);
        String leaf = value == null ? null : leaves.get(value);
        if (leaf != null) {
            return leaf; // the usual case, in one lookup: a known leaf
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

    /** The row's service (the reference's instance), or null with a reject. */
    String service(Cells c, String column) {
        String value = c.required(column);
        String service = value == null ? null : services.get(value);
        return service != null ? service : c.oneOf(column, ref.serviceOwners().keySet(), "service");
    }

    /** True for a date in the run's period; a date of another period the directory holds is not; others reject. */
    boolean inPeriod(Cells c, String column, LocalDate date) {
        if (date.getYear() == runPeriod.getYear() && date.getMonthValue() == runPeriod.getMonthValue()) {
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
