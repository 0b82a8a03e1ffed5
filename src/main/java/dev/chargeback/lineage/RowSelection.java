package dev.chargeback.lineage;

import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ingest.InputKind;
import dev.chargeback.ingest.SourceRows;

import java.util.List;
import java.util.Map;

/**
 * Which source rows are behind a pool's cost and a receiver's driver quantity, by the rules the allocation core
 * applies (see {@code PoolBook}): a GL line of a service with a pool of its own belongs to that pool, other lines of
 * the cost center to its pool without a service; timesheet hours on a service count for that service's pool only
 * when it is driven by hours, else for the cost center's pool without a service.
 *
 * @param drivers each pool's driver as posted on its flows ("" for bases without one)
 */
record RowSelection(List<PoolResult> pools, Map<String, String> drivers) {

    /** The input file that holds the rows of a driver. */
    static InputKind fileOf(DriverRef driver) {
        return switch (driver.kind()) {
            case HOURS -> InputKind.TIMESHEETS;
            case USAGE -> InputKind.USAGE;
            case STAT -> InputKind.DRIVERS;
        };
    }

    boolean isGlLineOf(SourceRows.CostCount c, PoolResult pool) {
        return c.costCenter().equals(pool.costCenter()) && costPool(c.costCenter(), c.service()) == pool;
    }

    boolean feeds(SourceRows.DriverCount d, PoolResult pool, DriverRef driver, String receiver) {
        if (d.kind() != driver.kind() || !d.costCenter().equals(receiver)) {
            return false;
        }
        return switch (driver.kind()) {
            case HOURS -> d.subject().equals(pool.costCenter()) && hoursPool(d.subject(), d.service()) == pool;
            case USAGE, STAT -> d.subject().equals(driver.name());
        };
    }

    private PoolResult costPool(String costCenter, String service) {
        PoolResult general = null;
        for (PoolResult p : pools) {
            if (p.costCenter().equals(costCenter)) {
                if (p.service().isEmpty()) {
                    general = p;
                } else if (p.service().equals(service)) {
                    return p;
                }
            }
        }
        return general;
    }

    private PoolResult hoursPool(String costCenter, String service) {
        PoolResult general = null;
        for (PoolResult p : pools) {
            if (p.costCenter().equals(costCenter)) {
                if (p.service().isEmpty()) {
                    general = p;
                } else if (p.service().equals(service) && "hours".equals(drivers.get(p.pool()))) {
                    return p;
                }
            }
        }
        return general;
    }
}
