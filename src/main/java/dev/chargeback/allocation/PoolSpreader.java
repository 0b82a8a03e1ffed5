package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds a pool's {@link PoolSpread} over the receivers a method allows: the candidates that are eligible and have a
 * positive quantity of the rule's basis, spread as the basis says. No cost center receives from its own pool.
 */
final class PoolSpreader {
    private final PoolBook book;
    private final SpreadContext context;

    PoolSpreader(Organisation org, PoolBook book, Money money, List<String> warnings) {
        this.book = book;
        this.context = new SpreadContext(org, money, warnings);
    }

    /** @throws ArithmeticException when a charge is beyond what the ledger holds */
    PoolSpread spread(AllocationRule rule, Predicate<String> eligible) {
        Map<String, BigDecimal> quantities = book.quantities(rule);
        List<PoolSpread.Share> receivers = new ArrayList<>();
        for (String r : book.candidates(rule)) {
            if (r.equals(rule.costCenter()) || !eligible.test(r)) {
                continue;
            }
            BigDecimal q = quantities.getOrDefault(r, BigDecimal.ZERO);
            if (q.signum() > 0) {
                receivers.add(new PoolSpread.Share(r, q));
            }
        }
        return rule.basis().spread(rule, receivers, context);
    }
}
