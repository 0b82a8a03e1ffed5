package dev.chargeback.lineage;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.MethodDetail;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.rules.RulesFile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains what a receiver was charged in a run: a reader over {@link RunArchive} only (runs, pools, flows, journal,
 * method detail, the archived rules text and input files), never a query of its own.
 */
public final class Explainer {
    private final RunArchive archive;

    public Explainer(RunArchive archive) {
        this.archive = archive;
    }

    /** The receiver a journal line debits, and the flow it posted (the line of a receiver, not the sender's). */
    public record LineRef(String receiver, int flowNo) {
    }

    /** The receiver and flow of journal line {@code line} of allocation entry {@code entry}; empty when none. */
    public Optional<LineRef> line(RunId runId, int entry, int line) {
        return archive.journal(runId).stream().filter(e -> e.entryNo() == entry)
                .flatMap(e -> e.lines().stream()).filter(l -> l.lineNo() == line && l.flowNo() != null)
                .findFirst().map(l -> new LineRef(l.costCenter(), l.flowNo()));
    }

    /**
     * @param sender only flows from this cost center (null: all)
     * @param flowNo only this flow (null: all)
     * @param rows   whether to read the archived inputs for the GL lines and driver rows
     */
    public Explanation explain(RunId runId, String receiver, String sender, Integer flowNo, boolean rows) {
        RunHeader run = archive.header(runId);
        int scale = dev.chargeback.allocation.Money.of(run.currency()).scale();
        List<PostedFlow> flows = new ArrayList<>();
        archive.flows(runId, flows::add);
        Map<String, List<PostedFlow>> byPool = flows.stream()
                .collect(Collectors.groupingBy(PostedFlow::pool, LinkedHashMap::new, Collectors.toList()));
        List<PoolResult> pools = archive.pools(runId);
        Set<String> poolCenters = pools.stream().map(PoolResult::costCenter).collect(Collectors.toSet());
        Map<Integer, JournalLine> lines = new HashMap<>();
        Map<Integer, Integer> entries = new HashMap<>();
        for (JournalEntry e : archive.journal(runId)) {
            e.lines().stream().filter(l -> l.flowNo() != null && l.costCenter().equals(receiver)).forEach(l -> {
                lines.put(l.flowNo(), l);
                entries.put(l.flowNo(), e.entryNo());
            });
        }
        MethodDetail detail = archive.methodDetail(runId);
        Optional<String> rulesText = archive.rulesText(runId);
        List<Explanation.Charge> charges = new ArrayList<>();
        for (PostedFlow f : flows) {
            if (f.kind() != FlowKind.ALLOCATION || !f.receiver().equals(receiver)
                    || (sender != null && !f.sender().equals(sender)) || (flowNo != null && f.flowNo() != flowNo)) {
                continue;
            }
            PoolResult pool = pools.stream().filter(p -> p.pool().equals(f.pool())).findFirst().orElseThrow();
            BigDecimal full = fullCost(detail, pool.pool());
            var arithmetic = new PoolArithmetic(pool, byPool.get(f.pool()), poolCenters,
                    "reciprocal".equals(run.method()), scale).of(f, full);
            JournalLine l = lines.get(f.flowNo());
            charges.add(new Explanation.Charge(flow(f, scale), l == null ? null : new Explanation.Journal(
                    runId.value(), entries.get(f.flowNo()), l.lineNo(), l.costCenter(), l.account(),
                    money(l.debit(), scale), money(l.credit(), scale)),
                    new Explanation.Rule(f.ruleNo(), run.rulesFile(), rulesText.map(t -> ruleLine(run, t, f.ruleNo()))
                            .orElse(null)), pool(pool, full, scale), arithmetic,
                    inflows(pool, f, flows, pools, detail, scale), new ArrayList<>(), new ArrayList<>()));
        }
        if (rows) {
            new SourceReading(archive, runId, pools, byPool).fill(receiver, charges);
        }
        long charged = charges.stream().mapToLong(c -> c.flow().amount().movePointRight(scale).longValueExact()).sum();
        return new Explanation(runId.value(), run.period().toString(), run.method(), run.currency(), run.rulesFile(),
                receiver, sender, money(charged, scale), charges, notes(charges, rulesText.isPresent(), scale));
    }

    private static List<String> notes(List<Explanation.Charge> charges, boolean rulesArchived, int scale) {
        List<String> notes = new ArrayList<>();
        if (!rulesArchived) {
            notes.add("the rules file of this run is not in the input archive (posted before it existed): no rule line");
        }
        for (Explanation.Charge c : charges) {
            if (!PoolArithmetic.recomputes(c.arithmetic(), scale)) {
                notes.add("flow " + c.flow().flowNo() + ": the figures shown do not give the posted amount; a receiver"
                        + " of pool " + c.pool().pool() + " whose share rounded to nothing has no flow");
            }
        }
        return notes;
    }

    private static Integer ruleLine(RunHeader run, String text, int ruleNo) {
        var rules = RulesFile.read(run.rulesFile(), text).rules();
        return ruleNo <= rules.size() ? rules.get(ruleNo - 1).line() : null;
    }

    private static BigDecimal fullCost(MethodDetail detail, String pool) {
        if (detail.reciprocal() == null) {
            return null;
        }
        int i = detail.reciprocal().pools().indexOf(pool);
        return i < 0 ? null : detail.reciprocal().solution().get(i);
    }

    /** What reached the pool from other service pools, and the part of it the receiver got: amount x share. */
    private static List<Explanation.Inflow> inflows(PoolResult pool, PostedFlow charge, List<PostedFlow> flows,
                                                    List<PoolResult> pools, MethodDetail detail, int scale) {
        List<Explanation.Inflow> in = new ArrayList<>();
        if (pool.received() == 0) {
            return in;
        }
        for (PostedFlow f : flows) {
            if (f.kind() == FlowKind.ALLOCATION && f.receiver().equals(pool.costCenter())
                    && !f.pool().equals(pool.pool())) {
                BigDecimal reached = BigDecimal.valueOf(f.amount()).multiply(BigDecimal.valueOf(charge.amount()))
                        .divide(BigDecimal.valueOf(pool.total()), 0, RoundingMode.HALF_UP).movePointLeft(scale);
                PoolResult from = pools.stream().filter(p -> p.pool().equals(f.pool())).findFirst().orElseThrow();
                BigDecimal full = fullCost(detail, from.pool());
                in.add(new Explanation.Inflow(f.flowNo(), f.pool(), f.sender(), money(f.amount(), scale),
                        full != null ? full : money(from.total(), scale), reached));
            }
        }
        return in;
    }

    private static Explanation.Flow flow(PostedFlow f, int scale) {
        return new Explanation.Flow(f.flowNo(), f.stage(), f.pool(), f.sender(), f.receiver(), f.basis(), f.driver(),
                f.quantity() == null ? null : f.quantity().stripTrailingZeros(), money(f.amount(), scale));
    }

    private static Explanation.Pool pool(PoolResult p, BigDecimal full, int scale) {
        return new Explanation.Pool(p.pool(), p.costCenter(), p.service(), p.stage(), money(p.own(), scale),
                money(p.received(), scale), money(p.total(), scale), full);
    }

    static BigDecimal money(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale);
    }
}
