package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tdabc} (time-driven activity-based costing): receivers are charged the time they used at the capacity cost
 * rate (pool cost / practical capacity, from services.csv); unused capacity is a remainder kept by the supplier.
 * Time that is not charged (the supplier's own use; service cost centers' use under direct) counts as unused. When
 * more time was used than the capacity, the pool is spread over the time used (nobody pays above the pool) and a
 * warning says so.
 */
public record TimeDrivenCapacity(DriverRef driver) implements AllocationBasis {
    public static final String WORD = "tdabc";

    public TimeDrivenCapacity {
        java.util.Objects.requireNonNull(driver, "driver");
    }

    static TimeDrivenCapacity from(BasisSettings settings) {
        DriverRef driver = settings.driver(WORD);
        return driver == null ? null : new TimeDrivenCapacity(driver);
    }

    @Override
    public String word() {
        return WORD;
    }

    @Override
    public List<String> problems(AllocationRule rule, RuleContext context) {
        List<String> problems = new ArrayList<>(context.driverProblems(driver));
        if (capacityOf(rule, context.org()) == null) {
            problems.add("basis tdabc needs the practical capacity of service '" + rule.offeredService()
                    + "': fill its capacity column in services.csv");
        }
        return problems;
    }

    @Override
    public PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context) {
        BigDecimal capacity = capacityOf(rule, context.org());
        BigDecimal used = timeUsed(receivers);
        if (used.compareTo(capacity) > 0) {
            context.warnings().add(rule.describe() + ": time used " + used.toPlainString()
                    + " exceeds practical capacity " + capacity.toPlainString()
                    + "; the pool is spread over the time used and no unused capacity is reported");
        }
        BigDecimal unused = capacity.subtract(used).max(BigDecimal.ZERO);
        return PoolSpread.weighted(rule, receivers, unused, FlowKind.UNUSED_CAPACITY, true, context.money());
    }

    @Override
    public void addWorking(PoolSpread spread, PoolResult pool, List<Flow> flows, PoolLedger working) {
        Money money = working.money();
        BigDecimal capacity = capacityOf(spread.rule(), working.org());
        BigDecimal used = timeUsed(spread.shares());
        BigDecimal divisor = used.max(capacity);
        BigDecimal total = money.toDecimal(pool.total());
        BigDecimal rate = divisor.signum() == 0 ? BigDecimal.ZERO : total.divide(divisor, MathContext.DECIMAL128);
        long unused = flows.stream().filter(f -> f.kind() == FlowKind.UNUSED_CAPACITY).mapToLong(Flow::amount).sum();
        working.tdabc.add(new MethodDetail.Tdabc(pool.pool(), pool.costCenter(), total, capacity, used, rate,
                spread.remainderWeight(), unused, used.compareTo(capacity) > 0));
    }

    private static BigDecimal timeUsed(List<PoolSpread.Share> receivers) {
        return receivers.stream().map(PoolSpread.Share::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Practical capacity of the pool's (or the driver's) service in services.csv; null when none. */
    private static BigDecimal capacityOf(AllocationRule rule, Organisation org) {
        ServiceOffering s = rule.offeredService() == null ? null : org.service(rule.offeredService());
        return s == null ? null : s.capacity();
    }
}
