package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How one pool is spread over its receivers (the {@code basis:} of a pool in rules.yaml). Each basis owns its
 * settings, its checks, the quantities it weights receivers by, its spread of a pool and its part of the method
 * detail, so that the methods (direct, step-down, reciprocal) never ask which basis they hold. A new basis is one
 * class here plus one line in {@link BasisRegistry} (see package-info).
 *
 * <p>The behaviour methods take this package's own types: they are called by the methods of this package only.
 */
public sealed interface AllocationBasis
        permits ProportionalToDriver, FixedShares, EvenSplit, StandardRate, TimeDrivenCapacity {

    /** The basis word of rules.yaml and allocations.csv: proportional, fixed, even, rate, tdabc. */
    String word();

    /** The driver whose quantities weight the receivers; null for a basis without one. */
    default DriverRef driver() {
        return null;
    }

    /** Problems of this basis' settings for {@code rule}, each said without the rule's line (the caller adds it). */
    List<String> problems(AllocationRule rule, RuleContext context);

    /**
     * Receiver cost center to the quantity this basis weights it by (zero or absent: receives nothing); by default
     * the totals of its driver.
     */
    default Map<String, BigDecimal> quantities(AllocationRule rule, QuantitySource source) {
        return source.driverTotals(rule, driver());
    }

    /** The spread of the pool over {@code receivers} (eligible, in id order, each with a positive quantity). */
    PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context);

    /** Adds this basis' figures of one closed pool to the method detail (none by default). */
    default void addWorking(PoolSpread spread, PoolResult pool, List<Flow> flows, PoolLedger working) {
    }
}
