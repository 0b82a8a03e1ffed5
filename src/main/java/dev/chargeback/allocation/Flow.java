package dev.chargeback.allocation;

import java.math.BigDecimal;

/**
 * Cost moving from a pool of a sender to a receiver (one row of allocations.csv). {@code quantity} is the
 * receiver's driver quantity (percent for fixed shares, 1 for even), {@code rate} the unit rate shown to the reader
 * (null where none applies). {@code amount} is in minor units.
 */
public record Flow(int stage, FlowKind kind, int ruleNo, String pool, String sender, String receiver, String service,
                   AllocationBasis basis, String driver, BigDecimal quantity, BigDecimal rate, long amount) {
}
