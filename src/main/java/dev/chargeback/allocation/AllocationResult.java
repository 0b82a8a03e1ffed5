package dev.chargeback.allocation;

import java.util.List;

/**
 * The outcome of one allocation: flows in posting order, one result per pool, the method's working, warnings. Its
 * sums are exact ({@link ArithmeticException} beyond a long; {@link Allocator} has already refused such totals).
 */
public record AllocationResult(Money money, Method method, List<Flow> flows, List<PoolResult> pools,
                               MethodDetail detail, List<String> warnings) {

    public long costIn() {
        return pools.stream().map(PoolResult::own).reduce(0L, Math::addExact);
    }

    public long allocatedToOperating(java.util.Set<String> operating) {
        return flows.stream().filter(f -> f.kind() == FlowKind.ALLOCATION && operating.contains(f.receiver()))
                .map(Flow::amount).reduce(0L, Math::addExact);
    }

    public long remainders() {
        return flows.stream().filter(f -> f.kind().isRemainder()).map(Flow::amount).reduce(0L, Math::addExact);
    }
}
