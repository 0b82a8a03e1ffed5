package dev.chargeback.allocation;

import java.util.List;

/** The outcome of one allocation: flows in posting order, one result per pool, the method's working, warnings. */
public record AllocationResult(Money money, Method method, List<Flow> flows, List<PoolResult> pools,
                               MethodDetail detail, List<String> warnings) {

    public long costIn() {
        return pools.stream().mapToLong(PoolResult::own).sum();
    }

    public long allocatedToOperating(java.util.Set<String> operating) {
        return flows.stream().filter(f -> f.kind() == FlowKind.ALLOCATION && operating.contains(f.receiver()))
                .mapToLong(Flow::amount).sum();
    }

    public long remainders() {
        return flows.stream().filter(f -> f.kind().isRemainder()).mapToLong(Flow::amount).sum();
    }
}
