package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Collects what methods produce: flows, pool results and the TDABC and rate working, in posting order. */
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

    /** Records one closed pool and returns its flows. */
    List<Flow> record(Spread spread, int stage, long own, long received, List<Flow> poolFlows) {
        AllocationRule rule = spread.rule();
        long allocated = poolFlows.stream().filter(f -> f.kind() == FlowKind.ALLOCATION).mapToLong(Flow::amount).sum();
        long remainder = poolFlows.stream().filter(f -> f.kind().isRemainder()).mapToLong(Flow::amount).sum();
        flows.addAll(poolFlows);
        pools.add(new PoolResult(rule.ruleNo(), rule.poolId(), rule.costCenter(),
                rule.service() == null ? "" : rule.service(), stage, own, received, allocated, remainder));
        long total = own + received;
        if (rule.basis() == Basis.TDABC) {
            tdabc.add(tdabcDetail(spread, total, poolFlows));
        } else if (rule.basis() == Basis.RATE) {
            BigDecimal quantity = spread.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String target = rule.recoveryTo() == null ? rule.costCenter() : rule.recoveryTo();
            rates.add(new MethodDetail.RateCard(rule.poolId(), rule.costCenter(), spread.unitRate(), quantity, total,
                    allocated, remainder, target));
        }
        return poolFlows;
    }

    private MethodDetail.Tdabc tdabcDetail(Spread spread, long total, List<Flow> poolFlows) {
        AllocationRule rule = spread.rule();
        BigDecimal capacity = PoolBook.capacityOf(rule, org);
        BigDecimal used = spread.weights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal divisor = used.max(capacity);
        BigDecimal rate = divisor.signum() == 0 ? BigDecimal.ZERO
                : money.toDecimal(total).divide(divisor, MathContext.DECIMAL128);
        long unused = poolFlows.stream().filter(f -> f.kind() == FlowKind.UNUSED_CAPACITY)
                .mapToLong(Flow::amount).sum();
        return new MethodDetail.Tdabc(rule.poolId(), rule.costCenter(), money.toDecimal(total), capacity, used, rate,
                spread.remainderWeight(), unused, used.compareTo(capacity) > 0);
    }
}
