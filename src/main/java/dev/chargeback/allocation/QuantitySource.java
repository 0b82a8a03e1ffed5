package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Where a basis reads its quantities: the period's driver totals of a rule, and who may receive from its pool. */
interface QuantitySource {

    /** Receiver cost center to its total of {@code driver} for the pool of {@code rule} (sorted by receiver). */
    Map<String, BigDecimal> driverTotals(AllocationRule rule, DriverRef driver);

    /** The rule's receivers, or every leaf cost center when it names none (in id order). */
    List<String> candidates(AllocationRule rule);
}
