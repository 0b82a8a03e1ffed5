package dev.chargeback.ledger.internal;

import dev.chargeback.ledger.ChainAnchor;
import dev.chargeback.period.PeriodState;
import org.jooq.DSLContext;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.chargeback.db.Tables.CHAIN_LINK;
import static dev.chargeback.db.Tables.LEDGER_ENTRY;
import static dev.chargeback.db.Tables.PERIOD;
import static dev.chargeback.db.Tables.PERIOD_EVENT;

/**
 * The checks of `verify` beyond the two chains: the heads an auditor kept outside the database (manifests), which
 * someone with SQL access could not recompute, and the period states, a cache outside the ledger, against the
 * sealed events they derive from.
 */
final class ChainAudit {
    private final DSLContext db;

    ChainAudit(DSLContext db) {
        this.db = db;
    }

    /** Every kept head must still be in its chain: a deleted last run, or a ledger rebuilt or emptied, is found. */
    void kept(List<ChainAnchor> anchors, List<String> problems) {
        if (anchors.isEmpty()) {
            return;
        }
        var entries = new HashSet<>(db.select(LEDGER_ENTRY.ENTRY_HASH).from(LEDGER_ENTRY).fetch(LEDGER_ENTRY.ENTRY_HASH));
        var links = new HashSet<>(db.select(CHAIN_LINK.LINK_HASH).from(CHAIN_LINK).fetch(CHAIN_LINK.LINK_HASH));
        for (ChainAnchor a : anchors) {
            String run = a.source() + ": run " + a.runId() + ": its ";
            if (a.ledgerHash() != null && !entries.contains(a.ledgerHash())) {
                problems.add(run + "journal head " + shortHash(a.ledgerHash()) + " is no longer in the ledger");
            }
            if (a.recordsHash() != null && !links.contains(a.recordsHash())) {
                problems.add(run + "records head " + shortHash(a.recordsHash()) + " is no longer in the hash chain");
            }
        }
    }

    /** The state each period's cache row says against the state its last close or reopen leads to. */
    void periodStates(List<String> problems) {
        Map<YearMonth, PeriodState> derived = new TreeMap<>();
        db.select(PERIOD_EVENT.PERIOD, PERIOD_EVENT.ACTION).from(PERIOD_EVENT).orderBy(PERIOD_EVENT.EVENT_ID)
                .forEach(r -> derived.put(r.value1(), r.value2().target()));
        Map<YearMonth, PeriodState> cached = new TreeMap<>();
        db.select(PERIOD.PERIOD_, PERIOD.STATE).from(PERIOD).forEach(r -> cached.put(r.value1(), r.value2()));
        for (YearMonth p : union(derived, cached)) {
            PeriodState events = derived.getOrDefault(p, PeriodState.OPEN);
            PeriodState cache = cached.getOrDefault(p, PeriodState.OPEN);
            if (events != cache) {
                problems.add("period " + p + ": its state is " + cache + " but its events say " + events
                        + " (period is a cache of period_event; the events are the record)");
            }
        }
    }

    private static java.util.SortedSet<YearMonth> union(Map<YearMonth, ?> a, Map<YearMonth, ?> b) {
        java.util.SortedSet<YearMonth> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    static String shortHash(String hash) {
        return hash.substring(0, Math.min(16, hash.length())) + "...";
    }
}
