package dev.chargeback.ingest.internal;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ingest.Reject;

import java.time.YearMonth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Totals of one file, built while streaming: accepted rows summed per key with their count and line range, the
 * reference rows themselves, the periods seen and every reject. Memory grows with distinct keys, not with rows.
 * A sum that would pass what the database or the ledger holds stops the import, naming the line that passed it.
 */
final class Totals {
    /** The accepted amounts of one costs.csv, by magnitude, must add up to less than this (10^15); see CostsFile. */
    static final BigDecimal MAX_COST_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** Digits before the decimal point of driver_total.quantity, DECIMAL(38,12). */
    static final int QUANTITY_DIGITS = Cells.PRECISION - Cells.QUANTITY_SCALE;

    /** Beyond this many rejects a file is almost surely not what its name says; the import stops. */
    static final int MAX_REJECTS = 200_000;

    record CostKey(String costCenter, String service, String account, String currency) {
        @Override
        public int hashCode() {
            return mix(mix(mix(costCenter.hashCode(), service.hashCode()), account.hashCode()), currency.hashCode());
        }
    }

    /** Its hash mixes the ids well: ids like S-12 and CC-1234 collide badly under the default record hash. */
    record DriverKey(DriverRef.Kind kind, String subject, String service, String costCenter) {
        @Override
        public int hashCode() {
            return mix(mix(mix(kind.ordinal(), subject.hashCode()), service.hashCode()), costCenter.hashCode());
        }
    }

    private static int mix(int h, int next) {
        long x = (h * 0x9E3779B97F4A7C15L) ^ next;
        x ^= x >>> 31;
        return (int) (x ^ (x >>> 32));
    }

    final Map<CostKey, Sum> costs = new HashMap<>();
    private final Map<DriverKey, Sum> drivers = new HashMap<>();
    private DriverTable table; // driver sums of known cost centers, moved into drivers when they are read
    final List<Outcome.CenterRow> centers = new ArrayList<>();
    final List<Outcome.ServiceRow> services = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final TreeSet<YearMonth> periods = new TreeSet<>();
    long accepted;
    long otherPeriods;
    private final String file;
    private BigDecimal costMagnitude = BigDecimal.ZERO;

    Totals(String file) {
        this.file = file;
    }

    /**
     * Totals of a file whose driver rows name one of {@code costCenters} cost centers (checked before they get
     * here): their sums are kept in a {@link DriverTable} while the file streams.
     */
    Totals(String file, int costCenters) {
        this.file = file;
        this.table = costCenters > 0 ? new DriverTable(file, costCenters) : null;
    }

    /** The driver totals by key. */
    Map<DriverKey, Sum> drivers() {
        if (table != null) {
            table.moveInto(drivers);
            table = null;
        }
        return drivers;
    }

    void add(Outcome outcome) {
        switch (outcome) {
            case Outcome.Rejected r -> reject(r.reject());
            case Outcome.OtherPeriod o -> {
                otherPeriods++;
                periods.add(o.period());
            }
            case Outcome.CenterRow c -> {
                accepted++;
                centers.add(c);
            }
            case Outcome.ServiceRow s -> {
                accepted++;
                services.add(s);
            }
            case Outcome.CostRow c -> {
                accepted++;
                costMagnitude = costMagnitude.add(c.amount().abs());
                if (costMagnitude.compareTo(MAX_COST_MAGNITUDE) >= 0) {
                    throw new InputFileException(file + " line " + c.line() + ", column amount: the amounts up to "
                            + "this line add up to more than the ledger holds (10^15 in magnitude); check the file");
                }
                costs.computeIfAbsent(new CostKey(c.costCenter(), c.service(), c.account(), c.currency()),
                        k -> new Sum()).add(c.amount(), c.line());
            }
            case Outcome.DriverRow d -> {
                accepted++;
                if (table == null || !table.add(d)) {
                    Sum sum = drivers.computeIfAbsent(new DriverKey(d.kind(), d.subject(), d.service(),
                            d.costCenter()), k -> new Sum());
                    sum.add(d.quantity(), d.line());
                    checkQuantity(file, sum, d);
                }
            }
        }
    }

    /** Stops the import at the row whose driver sum passes what driver_total.quantity holds. */
    static void checkQuantity(String file, Sum sum, Outcome.DriverRow d) {
        if (sum.exceeds(QUANTITY_DIGITS)) {
            throw new InputFileException(file + " line " + d.line() + ": the quantities of " + d.subject()
                    + " for " + d.costCenter() + " up to this line add up to more than " + QUANTITY_DIGITS
                    + " digits before the decimal point, more than the database holds");
        }
    }

    /**
     * Adds the totals of the file's next partition (partitions are merged in file order, so its lines come after
     * these). The bounds that a partition checked on its own are checked again on the sums: rejects across the
     * file, and a driver quantity's digits (named with the last line of that total).
     */
    void absorb(Totals part) {
        accepted += part.accepted;
        otherPeriods += part.otherPeriods;
        periods.addAll(part.periods);
        centers.addAll(part.centers);
        services.addAll(part.services);
        part.costs.forEach((key, sum) -> costs.merge(key, sum, Sum::then));
        Map<DriverKey, Sum> mine = drivers();
        part.drivers().forEach((key, sum) -> {
            Sum merged = mine.merge(key, sum, Sum::then);
            if (merged.exceeds(QUANTITY_DIGITS)) {
                throw new InputFileException(file + " line " + merged.lastLine + ": the quantities of "
                        + key.subject() + " for " + key.costCenter() + " up to this line add up to more than "
                        + QUANTITY_DIGITS + " digits before the decimal point, more than the database holds");
            }
        });
        for (Reject r : part.rejects) {
            reject(r);
        }
    }

    void reject(Reject reject) {
        if (rejects.size() >= MAX_REJECTS) {
            throw new InputFileException(reject.file() + ": more than " + MAX_REJECTS
                    + " rejected rows; is this really " + reject.file() + "? The first: line "
                    + rejects.getFirst().line() + " " + rejects.getFirst().reason());
        }
        rejects.add(reject);
    }
}
