package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rate}: each receiver is charged a standard rate x its driver quantity (rounded half-up to the minor unit);
 * the difference to the pool's cost is under- or over-recovery, kept by the supplier or posted to {@code recoveryTo}.
 *
 * @param rate       standard price per driver unit; null takes the rate of the pool's (or the driver's) service
 * @param recoveryTo cost center that takes under/over-recovery; null: the supplier keeps it
 */
public record StandardRate(DriverRef driver, BigDecimal rate, String recoveryTo) implements AllocationBasis {
    public static final String WORD = "rate";

    public StandardRate {
        java.util.Objects.requireNonNull(driver, "driver");
    }

    static StandardRate from(BasisSettings settings) {
        DriverRef driver = settings.driver(WORD);
        BigDecimal rate = settings.number("rate");
        String recoveryTo = settings.text("recovery_to");
        return driver == null ? null : new StandardRate(driver, rate, recoveryTo);
    }

    @Override
    public String word() {
        return WORD;
    }

    @Override
    public List<String> problems(AllocationRule rule, RuleContext context) {
        List<String> problems = new ArrayList<>(context.driverProblems(driver));
        String recoveryProblem = recoveryTo == null ? null : context.leafProblem(recoveryTo, "recovery_to");
        if (recoveryProblem != null) {
            problems.add(recoveryProblem);
        }
        if (rateOf(rule, context.org()) == null) {
            problems.add("basis rate needs a rate: give `rate:` in the rule or a rate for service '"
                    + rule.offeredService() + "' in services.csv");
        }
        return problems;
    }

    @Override
    public PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context) {
        BigDecimal unitRate = rateOf(rule, context.org());
        List<PoolSpread.Share> charged = new ArrayList<>();
        for (PoolSpread.Share r : receivers) {
            charged.add(new PoolSpread.Share(r.receiver(), r.quantity(),
                    context.money().toMinor(unitRate.multiply(r.quantity()))));
        }
        return new PoolSpread(rule, charged, BigDecimal.ZERO, FlowKind.UNDER_RECOVERY, recoveryHolder(rule), unitRate,
                false, context.money().scale());
    }

    @Override
    public void addWorking(PoolSpread spread, PoolResult pool, List<Flow> flows, PoolLedger working) {
        BigDecimal quantity = spread.shares().stream().map(PoolSpread.Share::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        working.rates.add(new MethodDetail.RateCard(pool.pool(), pool.costCenter(), spread.standardRate(), quantity,
                pool.total(), pool.allocated(), pool.remainder(), recoveryHolder(spread.rule())));
    }

    private String recoveryHolder(AllocationRule rule) {
        return recoveryTo == null ? rule.costCenter() : recoveryTo;
    }

    /** The rule's rate, else the rate of the pool's (or the driver's) service in services.csv; null when none. */
    private BigDecimal rateOf(AllocationRule rule, Organisation org) {
        if (rate != null) {
            return rate;
        }
        ServiceOffering s = rule.offeredService() == null ? null : org.service(rule.offeredService());
        return s == null ? null : s.rate();
    }
}
