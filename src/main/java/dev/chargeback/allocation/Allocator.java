package dev.chargeback.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates one period: validates the rules against the organisation and data, builds the pools, runs the method
 * and proves conservation before anything is returned for posting.
 */
public final class Allocator {

    private Allocator() {
    }

    public static AllocationResult allocate(AllocationInput input) {
        Money money = Money.of(input.currency());
        Organisation org = new Organisation(input.costCenters(), input.services());
        List<String> problems = new ArrayList<>(new RuleCheck(input, org).problems());
        if (!problems.isEmpty()) {
            throw new AllocationException(problems);
        }
        PoolBook book = new PoolBook(input, money);
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
                boolean given = !input.stepOrder().isEmpty();
                order = steps.stepDown(given ? input.stepOrder() : steps.defaultStepOrder());
                orderSource = given ? "rules.yaml step_order"
                        : "share of service given to other service cost centers, largest first, ties by id";
            }
            case RECIPROCAL -> reciprocal = new ReciprocalAllocation(input, org, book, spreader, ledger, money)
                    .allocate();
        }
        AllocationResult result = new AllocationResult(money, input.method(), List.copyOf(ledger.flows),
                List.copyOf(ledger.pools), new MethodDetail(input.method().word(), order, orderSource, reciprocal,
                List.copyOf(ledger.tdabc), List.copyOf(ledger.rates)), List.copyOf(warnings));
        List<String> broken = conservationProblems(result, book, org);
        if (!broken.isEmpty()) {
            throw new AllocationException(broken);
        }
        return result;
    }

    /**
     * Promise 1 and 2, checked on the result: every pool sends exactly its own cost plus what it received; what
     * a service cost center received equals what its receiving pool counted; cost in equals cost landed on
     * cost centers without pools plus remainders.
     */
    static List<String> conservationProblems(AllocationResult result, PoolBook book, Organisation org) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> receivedByCenter = new HashMap<>();
        long landed = 0;
        for (Flow f : result.flows()) {
            if (f.kind() == FlowKind.ALLOCATION && book.receivingPool(f.receiver()) != null) {
                receivedByCenter.merge(f.receiver(), f.amount(), Long::sum);
            } else {
                landed += f.amount();
            }
        }
        long costIn = 0;
        for (PoolResult p : result.pools()) {
            costIn += p.own();
            if (p.total() != p.allocated() + p.remainder()) {
                problems.add("conservation: pool " + p.pool() + " has " + p.total() + " but sent "
                        + (p.allocated() + p.remainder()) + " minor units");
            }
        }
        Map<String, Long> countedByCenter = new HashMap<>();
        result.pools().forEach(p -> countedByCenter.merge(p.costCenter(), p.received(), Long::sum));
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
