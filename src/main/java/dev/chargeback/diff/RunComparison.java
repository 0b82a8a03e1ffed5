package dev.chargeback.diff;

import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.diff.PoolSnapshot.LineKey;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The diff of two posted runs, read through the {@link RunArchive}: which runs (the run in force and the one it
 * superseded, two named runs, or the runs in force of two periods), and their lines split by cause.
 */
public final class RunComparison {
    private final RunArchive archive;

    public RunComparison(RunArchive archive) {
        this.archive = archive;
    }

    /** The run in force for the period against the run it superseded. */
    public RunDiff latest(YearMonth period) {
        RunHeader to = inForce(period);
        if (to.supersedesRunId() == null) {
            throw new DiffException("run " + to.runId() + " in force for " + period + " superseded no run: nothing to"
                    + " compare it with (give --from RUN, or --against ANOTHER_PERIOD)");
        }
        return compare(header(to.supersedesRunId()), to);
    }

    /** The run in force for {@code period} against the run in force for {@code earlier}. */
    public RunDiff periods(YearMonth period, YearMonth earlier) {
        return compare(inForce(earlier), inForce(period));
    }

    /** Two named runs; a null {@code from} is the run {@code to} superseded, a null {@code to} the run in force. */
    public RunDiff runs(YearMonth period, RunId from, RunId to) {
        RunHeader later = to == null ? inForce(period) : header(to);
        if (from == null) {
            if (later.supersedesRunId() == null) {
                throw new DiffException("run " + later.runId() + " superseded no run: give --from RUN");
            }
            return compare(header(later.supersedesRunId()), later);
        }
        return compare(header(from), later);
    }

    private RunDiff compare(RunHeader from, RunHeader to) {
        if (!from.currency().equals(to.currency())) {
            throw new DiffException("run " + from.runId() + " is in " + from.currency() + " and run " + to.runId()
                    + " in " + to.currency() + ": amounts in two currencies are not compared");
        }
        ChangeAttribution attribution = new ChangeAttribution(Money.of(to.currency()));
        return new RunDiff(from, to, to.currency(), attribution.compare(snapshot(from), snapshot(to)));
    }

    private RunSnapshot snapshot(RunHeader run) {
        Map<String, BigDecimal> totals = archive.poolDriverTotals(run.runId());
        Map<String, Map<LineKey, PostedFlow>> flows = new HashMap<>();
        archive.flows(run.runId(), f -> flows.computeIfAbsent(f.pool(), p -> new HashMap<>())
                .merge(new LineKey(f.receiver(), f.kind()), f, RunComparison::together));
        Map<String, PoolSnapshot> pools = new LinkedHashMap<>();
        for (PoolResult p : archive.pools(run.runId())) {
            Map<LineKey, PostedFlow> own = flows.getOrDefault(p.pool(), Map.of());
            PostedFlow any = own.values().stream().findFirst().orElse(null);
            pools.put(p.pool(), new PoolSnapshot(p.pool(), p.costCenter(), any == null ? "" : any.basis(),
                    any == null || any.driver() == null ? "" : any.driver(), p.own(), p.received(),
                    totals.getOrDefault(p.pool(), BigDecimal.ZERO), own));
        }
        return new RunSnapshot(run.method(), pools);
    }

    /** Two flows of one pool to one receiver (a pool sending in two stages) count as one line. */
    private static PostedFlow together(PostedFlow a, PostedFlow b) {
        BigDecimal quantity = a.quantity() == null || b.quantity() == null ? null : a.quantity().add(b.quantity());
        return new PostedFlow(a.flowNo(), a.stage(), a.kind(), a.ruleNo(), a.pool(), a.sender(), a.receiver(),
                a.service(), a.basis(), a.driver(), quantity, a.rate(), Math.addExact(a.amount(), b.amount()));
    }

    private RunHeader inForce(YearMonth period) {
        return archive.inForce(period).orElseThrow(() -> new DiffException("no run in force for " + period
                + " in this ledger (`status` lists the runs)"));
    }

    private RunHeader header(RunId runId) {
        return archive.find(runId).orElseThrow(() -> new DiffException("no posted run " + runId
                + " in this ledger (`status` lists the runs)"));
    }
}
