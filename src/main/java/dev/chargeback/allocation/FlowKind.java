package dev.chargeback.allocation;

/**
 * What a flow is. {@code ALLOCATION} moves cost from a sender to a receiver; the others are explicit remainders
 * that stay with (or are posted to) the cost center named as receiver, so that every pool conserves to the cent.
 */
public enum FlowKind {
    ALLOCATION,
    /** TDABC: cost of practical capacity nobody used; stays with the supplier. */
    UNUSED_CAPACITY,
    /** Rate basis: pool cost not recovered by rate x quantity. */
    UNDER_RECOVERY,
    /** Rate basis: rate x quantity charged more than the pool cost (a negative remainder). */
    OVER_RECOVERY,
    /** A pool whose driver has no quantity, kept by the supplier because its rule says {@code on_no_driver: remainder}. */
    NO_DRIVER,
    /** Reciprocal only: cents of rounding residue of a pool that serves only other service pools. */
    ROUNDING;

    public boolean isRemainder() {
        return this != ALLOCATION;
    }
}
