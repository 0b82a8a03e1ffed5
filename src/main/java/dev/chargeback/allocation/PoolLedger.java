package dev.chargeback.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what methods produce: flows, pool results and each basis' part of the method detail (TDABC and rate
 * working), in posting order. Sums are exact: an amount beyond what the ledger holds throws
 * {@link ArithmeticException}.
 */
final class PoolLedger {
    final List<Flow> flows = new ArrayList<>();
    final List<PoolResult> pools = new ArrayList<>();
    final List<MethodDetail.Tdabc> tdabc = new ArrayList<>();
    final List<MethodDetail.RateCard> rates = new ArrayList<>();
    private final Organisation org;
    private final Money money;

    PoolLedger(Organisation org, Money money) {
        this.org = org;
        this.money = money;
    }

    Organisation org() {
        return org;
    }

    Money money() {
        return money;
    }

    /** Records one closed pool and returns its flows. */
    List<Flow> record(PoolSpread spread, int stage, long own, long received, List<Flow> poolFlows) {
        AllocationRule rule = spread.rule();
        long allocated = 0;
        long remainder = 0;
        for (Flow f : poolFlows) {
            if (f.kind().isRemainder()) {
                remainder = Math.addExact(remainder, f.amount());
            } else {
                allocated = Math.addExact(allocated, f.amount());
            }
        }
        Math.addExact(own, received);
        PoolResult pool = new PoolResult(rule.ruleNo(), rule.poolId(), rule.costCenter(),
                rule.service() == null ? "" : rule.service(), stage, own, received, allocated, remainder);
        flows.addAll(poolFlows);
        pools.add(pool);
        rule.basis().addWorking(spread, pool, poolFlows, this);
        return poolFlows;
    }
}
