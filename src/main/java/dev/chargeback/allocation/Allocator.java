package dev.chargeback.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Allocates one period: validates the rules against the organisation and data, builds the pools, runs the method
 * and proves conservation before anything is returned for posting. Every sum is exact: an amount beyond what the
 * ledger holds (a {@code long} of minor units) is an {@link AllocationException} naming the pool, never a wrapped
 * number.
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * The problems of the rules that can be found before any data is imported: unknown cost centers, services and
     * drivers' services, roll-up receivers, shares, rates, capacities, the step order. Only "a driver has no data in
     * the period" needs the imported drivers and is left to {@link #allocate}. Each problem names the rules file and
     * line; an empty list means the rules fit the organisation.
     */
    public static List<String> checkRules(AllocationRules rules, List<CostCenter> costCenters,
                                          List<ServiceOffering> services) {
        Organisation org = new Organisation(costCenters, services);
        return List.copyOf(new RuleCheck(rules, new RuleContext(org, null, null)).problems());
    }

    public static AllocationResult allocate(AllocationInput input) {
        Money money = Money.of(input.currency());
        Organisation org = new Organisation(input.costCenters(), input.services());
        List<String> problems = new RuleCheck(input.rules(), new RuleContext(org, input.drivers(), input.period()))
                .problems();
        if (!problems.isEmpty()) {
            throw new AllocationException(problems);
        }
        PoolBook book = new PoolBook(input, org, money);
        if (!book.problems().isEmpty()) {
            throw new AllocationException(book.problems());
        }
        List<String> warnings = new ArrayList<>();
        PoolSpreader spreader = new PoolSpreader(org, book, money, warnings);
        PoolLedger ledger = new PoolLedger(org, money);
        List<String> order = List.of();
        String orderSource = "";
        MethodDetail.Reciprocal reciprocal = null;
        switch (input.method()) {
            case DIRECT -> new SequentialAllocation(input, org, book, spreader, ledger).direct(warnings);
            case STEP_DOWN -> {
                SequentialAllocation steps = new SequentialAllocation(input, org, book, spreader, ledger);
                boolean given = !input.rules().stepOrder().isEmpty();
                order = steps.stepDown(given ? input.rules().stepOrder() : steps.defaultStepOrder());
                orderSource = given ? "rules.yaml step_order"
                        : "share of service given to other service cost centers, largest first, ties by id";
            }
            case RECIPROCAL -> reciprocal = new ReciprocalAllocation(input, org, book, spreader, ledger, money)
                    .allocate();
        }
        AllocationResult result = new AllocationResult(money, input.method(), List.copyOf(ledger.flows),
                List.copyOf(ledger.pools), new MethodDetail(input.method().word(), order, orderSource, reciprocal,
                List.copyOf(ledger.tdabc), List.copyOf(ledger.rates)), List.copyOf(warnings));
        List<String> broken = conservationProblems(result, book, money);
        if (!broken.isEmpty()) {
            throw new AllocationException(broken);
        }
        return result;
    }

    /** Runs {@code work}; an {@link ArithmeticException} (an amount beyond a long) becomes an error naming where. */
    static <T> T exactly(String where, Supplier<T> work) {
        try {
            return work.get();
        } catch (ArithmeticException e) {
            throw new AllocationException(where + ": its amounts add up to more than the ledger holds (at most "
                    + Long.MAX_VALUE + " minor units either way); check the cost lines and rates of this pool");
        }
    }

    /**
     * Promise 1 and 2, checked on the result: every pool sends exactly its own cost plus what it received; what
     * a service cost center received equals what its receiving pool counted; cost in equals cost landed on
     * cost centers without pools plus remainders. Sums are exact; a total beyond what the ledger holds is refused.
     */
    static List<String> conservationProblems(AllocationResult result, PoolBook book, Money money) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> receivedByCenter = new HashMap<>();
        Map<String, Long> countedByCenter = new HashMap<>();
        long landed = 0;
        long costIn = 0;
        String pool = "";
        try {
            for (PoolResult p : result.pools()) {
                pool = p.pool();
                countedByCenter.merge(p.costCenter(), p.received(), Math::addExact);
                costIn = Math.addExact(costIn, p.own());
                if (p.total() != Math.addExact(p.allocated(), p.remainder())) {
                    problems.add("conservation: pool " + p.pool() + " has " + p.total() + " but sent "
                            + (p.allocated() + p.remainder()) + " minor units");
                }
            }
            for (Flow f : result.flows()) {
                pool = f.pool();
                if (f.kind() == FlowKind.ALLOCATION && book.receivingPool(f.receiver()) != null) {
                    receivedByCenter.merge(f.receiver(), f.amount(), Math::addExact);
                } else {
                    landed = Math.addExact(landed, f.amount());
                }
            }
        } catch (ArithmeticException e) {
            return List.of("cost in: the pools' amounts added up to pool " + pool + " are more than the ledger holds ("
                    + money.limit() + "); check the cost lines of the period");
        }
        receivedByCenter.forEach((cc, amount) -> {
            if (amount.longValue() != countedByCenter.getOrDefault(cc, 0L)) {
                problems.add("conservation: " + cc + " received " + amount + " minor units but its pools passed on "
                        + countedByCenter.getOrDefault(cc, 0L));
            }
        });
        if (costIn != landed) {
            problems.add("conservation: cost in " + costIn + " minor units, but " + landed
                    + " landed on receivers and remainders");
        }
        return problems;
    }
}
