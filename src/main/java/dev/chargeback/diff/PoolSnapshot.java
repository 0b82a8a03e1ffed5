package dev.chargeback.diff;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One pool of one run as the comparison reads it: its sender, how it was allocated (basis and driver, the rule's
 * signature), its own cost and what it received from other pools (minor units), the quantity its cost was divided
 * by, and its flows by receiver and kind.
 */
public record PoolSnapshot(String pool, String sender, String basis, String driver, long own, long received,
                           BigDecimal driverTotal, Map<LineKey, PostedFlow> flows) {

    public PoolSnapshot {
        flows = Map.copyOf(flows);
    }

    /** A flow's place in a pool: who receives, and whether it is an allocation or a remainder. */
    public record LineKey(String receiver, FlowKind kind) {
    }

    public long cost() {
        return Math.addExact(own, received);
    }

    /** Basis and driver: when they differ between two runs, the pool is allocated under another rule. */
    String rule() {
        return basis + " " + driver;
    }
}
