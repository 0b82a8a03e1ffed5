package dev.chargeback.allocation;

/**
 * One pool as allocated: own cost, what it received from other pools, the total it sent, and how much of that left
 * as allocation or stayed as remainder (all in minor units). {@code total = own + received = allocated + remainder}.
 */
public record PoolResult(int ruleNo, String pool, String costCenter, String service, int stage, long own,
                         long received, long allocated, long remainder) {

    public long total() {
        return Math.addExact(own, received);
    }
}
