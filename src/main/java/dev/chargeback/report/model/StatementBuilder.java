package dev.chargeback.report.model;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.PostedFlow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The statements of one run: one per receiving department (cost_centers.csv order), one line per pool that charged
 * it in this period or in the previous one (pool order; a pool that charged only before shows amount 0). What
 * reached a pool from other service departments is attributed to its receivers in proportion to their charge:
 * amount x received / (own + received), HALF_EVEN to the cent.
 */
final class StatementBuilder {
    private final RunFacts run;
    private final Optional<RunFacts> previous;

    StatementBuilder(RunFacts run, Optional<RunFacts> previous) {
        this.run = run;
        this.previous = previous;
    }

    List<Statement> statements() {
        List<Statement> statements = new ArrayList<>();
        for (Department d : run.org().departments()) {
            Map<String, PostedFlow> now = charges(run, d.id());
            Map<String, PostedFlow> before = previous.map(p -> charges(p, d.id())).orElse(Map.of());
            if (!now.isEmpty() || !before.isEmpty()) {
                statements.add(statement(d, now, before));
            }
        }
        return statements;
    }

    private Statement statement(Department d, Map<String, PostedFlow> now, Map<String, PostedFlow> before) {
        List<StatementLine> lines = new ArrayList<>();
        for (PoolResult pool : poolsInOrder(now, before)) {
            lines.add(line(pool, now.get(pool.pool()), before.get(pool.pool())));
        }
        BigDecimal total = lines.stream().map(StatementLine::amount).reduce(zero(), BigDecimal::add);
        BigDecimal via = lines.stream().map(StatementLine::viaServiceDepartments).reduce(zero(), BigDecimal::add);
        BigDecimal previousTotal = previous.isEmpty() ? null
                : lines.stream().map(StatementLine::previousAmount).reduce(zero(), BigDecimal::add);
        return new Statement(run.header().period(), d.id(), d.name(), d.service(), lines, total, previousTotal, via);
    }

    /** This run's pools that charged now or before, then pools known only to the previous run. */
    private List<PoolResult> poolsInOrder(Map<String, PostedFlow> now, Map<String, PostedFlow> before) {
        List<PoolResult> pools = new ArrayList<>(run.pools().stream()
                .filter(p -> now.containsKey(p.pool()) || before.containsKey(p.pool())).toList());
        previous.ifPresent(p -> p.pools().stream().filter(q -> before.containsKey(q.pool())
                && pools.stream().noneMatch(x -> x.pool().equals(q.pool()))).forEach(pools::add));
        return pools;
    }

    private StatementLine line(PoolResult pool, PostedFlow flow, PostedFlow was) {
        BigDecimal amount = flow == null ? zero() : run.amount(flow.amount());
        BigDecimal previousAmount = previous.isEmpty() ? null : was == null ? zero() : run.amount(was.amount());
        PostedFlow shown = flow == null ? was : flow;
        long via = flow == null ? 0 : via(pool, flow.amount());
        return new StatementLine(pool.costCenter(), run.org().name(pool.costCenter()), pool.pool(), pool.service(),
                run.org().serviceName(pool.service()), shown.basis(), shown.driver(),
                flow == null ? null : flow.quantity(), run.unit(shown.driver(), shown.basis()),
                flow == null ? null : flow.rate(), amount, previousAmount,
                previousAmount == null ? null : amount.subtract(previousAmount), run.amount(via),
                via == 0 ? List.of() : senders(pool.costCenter()));
    }

    /** amount x received / total in minor units, HALF_EVEN (0 when the pool received nothing). */
    private static long via(PoolResult pool, long amount) {
        if (pool.received() == 0 || pool.total() == 0) {
            return 0;
        }
        return new BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(pool.received())))
                .divide(BigDecimal.valueOf(pool.total()), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The service departments whose pools sent cost to {@code costCenter}, by id. */
    private List<String> senders(String costCenter) {
        TreeSet<String> senders = new TreeSet<>();
        run.flows().stream().filter(f -> f.kind() == FlowKind.ALLOCATION && f.receiver().equals(costCenter))
                .forEach(f -> senders.add(f.sender()));
        return List.copyOf(senders);
    }

    /** The receiver's ALLOCATION flows by pool (a pool sends one flow per receiver; more are summed). */
    private static Map<String, PostedFlow> charges(RunFacts facts, String receiver) {
        Map<String, PostedFlow> byPool = new LinkedHashMap<>();
        for (PostedFlow f : facts.flows()) {
            if (f.kind() == FlowKind.ALLOCATION && f.receiver().equals(receiver)) {
                byPool.merge(f.pool(), f, (a, b) -> new PostedFlow(a.flowNo(), a.stage(), a.kind(), a.ruleNo(),
                        a.pool(), a.sender(), a.receiver(), a.service(), a.basis(), a.driver(), a.quantity(),
                        a.rate(), Math.addExact(a.amount(), b.amount())));
            }
        }
        return byPool;
    }

    private BigDecimal zero() {
        return run.amount(0);
    }
}
