package dev.chargeback.report.model;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recovery of each service pool of one run, in pool order. Under- or over-recovery of a rate pool and unused
 * capacity of a TDABC pool are split (see {@link RecoveryLine}): the supplier's own use and the uncharged use of
 * other service departments (their quantities summed first) are priced at the pool's rate (standard or capacity
 * cost rate), each HALF_EVEN to the cent, and the rate variance or idle capacity is the rest, so the parts add up to the posted figure exactly.
 */
final class RecoveryBuilder {
    private final RunFacts run;

    RecoveryBuilder(RunFacts run) {
        this.run = run;
    }

    /** The running sums of one pool's flows, in minor units. */
    private static final class Sums {
        long toServices;
        long recovery;
        long unused;
        long other;
        String basis = "";
        String driver = "";
        Set<String> charged = new HashSet<>();
    }

    List<RecoveryLine> lines() {
        List<RecoveryLine> lines = new ArrayList<>();
        for (PoolResult pool : run.pools()) {
            lines.add(line(pool, sums(pool)));
        }
        return lines;
    }

    private Sums sums(PoolResult pool) {
        Sums s = new Sums();
        for (PostedFlow f : run.flows()) {
            if (!f.pool().equals(pool.pool())) {
                continue;
            }
            s.basis = f.basis();
            s.driver = f.driver() == null ? "" : f.driver();
            switch (f.kind()) {
                case ALLOCATION -> {
                    s.charged.add(f.receiver());
                    if (run.isService(f.receiver())) {
                        s.toServices += f.amount();
                    }
                }
                case UNDER_RECOVERY, OVER_RECOVERY -> s.recovery += f.amount();
                case UNUSED_CAPACITY -> s.unused += f.amount();
                case NO_DRIVER, ROUNDING -> s.other += f.amount();
            }
        }
        return s;
    }

    private RecoveryLine line(PoolResult pool, Sums s) {
        long ownUse = 0;
        long othersUse = 0;
        BigDecimal rate = rate(pool, s);
        if (rate != null) {
            Map<String, BigDecimal> used = run.quantities(pool, s.driver);
            ownUse = price(rate, used.get(pool.costCenter()));
            BigDecimal others = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : used.entrySet()) {
                if (!e.getKey().equals(pool.costCenter()) && run.isService(e.getKey())
                        && !s.charged.contains(e.getKey())) {
                    others = others.add(e.getValue());
                }
            }
            othersUse = price(rate, others);
        }
        boolean tdabc = s.unused != 0 || s.basis.equals("tdabc");
        long variance = s.recovery - (tdabc ? 0 : ownUse + othersUse);
        long idle = s.unused - (tdabc ? ownUse + othersUse : 0);
        return new RecoveryLine(pool.pool(), pool.costCenter(), run.org().name(pool.costCenter()), pool.service(),
                run.org().serviceName(pool.service()), s.basis, run.amount(pool.own()), run.amount(pool.received()),
                run.amount(pool.total()), run.amount(pool.allocated()), run.amount(s.toServices),
                run.amount(pool.remainder()), run.amount(s.recovery), run.amount(rate == null || tdabc ? 0 : variance),
                run.amount(s.unused), run.amount(tdabc ? idle : 0), run.amount(ownUse), run.amount(othersUse),
                run.amount(s.other));
    }

    /** The standard rate (rate basis) or capacity cost rate (TDABC, unless over capacity); null otherwise. */
    private BigDecimal rate(PoolResult pool, Sums s) {
        MethodDetail detail = run.detail();
        if (s.basis.equals("rate")) {
            return detail.rates().stream().filter(r -> r.pool().equals(pool.pool())).map(MethodDetail.RateCard::rate)
                    .findFirst().orElse(null);
        }
        if (s.basis.equals("tdabc")) {
            return detail.tdabc().stream().filter(t -> t.pool().equals(pool.pool()) && !t.overCapacity())
                    .map(MethodDetail.Tdabc::rate).findFirst().orElse(null);
        }
        return null;
    }

    private long price(BigDecimal rate, BigDecimal quantity) {
        return quantity == null ? 0 : run.money().roundShare(rate.multiply(quantity));
    }
}
