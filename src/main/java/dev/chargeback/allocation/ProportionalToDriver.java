package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code proportional}: each receiver takes the share of the pool that its driver quantity is of the total
 * (hours, usage or a statistical driver such as headcount).
 *
 * @param remainderWhenNoDriver {@code on_no_driver: remainder}: a pool whose driver total is zero stays with the
 *                              supplier as a NO_DRIVER remainder instead of being an error
 */
public record ProportionalToDriver(DriverRef driver, boolean remainderWhenNoDriver) implements AllocationBasis {
    public static final String WORD = "proportional";

    public ProportionalToDriver {
        java.util.Objects.requireNonNull(driver, "driver");
    }

    /** Reads {@code driver:} and {@code on_no_driver:}; null when a setting is missing or wrong (reported). */
    static ProportionalToDriver from(BasisSettings settings) {
        DriverRef driver = settings.driver(WORD);
        boolean remainder = settings.remainderWhenNoDriver();
        return driver == null ? null : new ProportionalToDriver(driver, remainder);
    }

    @Override
    public String word() {
        return WORD;
    }

    @Override
    public List<String> problems(AllocationRule rule, RuleContext context) {
        List<String> problems = new ArrayList<>(context.driverProblems(driver));
        if (problems.isEmpty() && context.driversKnown() && !remainderWhenNoDriver
                && context.drivers().stream().noneMatch(t -> PoolBook.matchesDriver(t, rule))) {
            problems.add("driver " + driver + " has no data in " + context.period()
                    + "; supply it, or set `on_no_driver: remainder` to keep the pool with the supplier");
        }
        return problems;
    }

    @Override
    public PoolSpread spread(AllocationRule rule, List<PoolSpread.Share> receivers, SpreadContext context) {
        return PoolSpread.weighted(rule, receivers, EvenSplit.noDriverWeight(receivers, remainderWhenNoDriver),
                FlowKind.NO_DRIVER, true, context.money());
    }
}
