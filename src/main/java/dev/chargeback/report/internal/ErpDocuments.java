package dev.chargeback.report.internal;

import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ERP journal's lines of a run: its allocation entries, then the reversal entries it posted for the run it
 * superseded, each entry one document ({@code <run id>-<entry>}) with the run id as reference, every line mapped.
 * A ledger account or cost center the mapping file does not name is collected as a problem (once each), not guessed.
 */
final class ErpDocuments {
    private final RunArchive archive;
    private final ErpMapping mapping;
    private final Set<String> problems = new LinkedHashSet<>();
    private final Map<RunId, Map<String, String>> senders = new HashMap<>();

    ErpDocuments(RunArchive archive, ErpMapping mapping) {
        this.archive = archive;
        this.mapping = mapping;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    List<ErpLine> lines(RunId runId, LocalDate postingDate) {
        RunHeader run = archive.header(runId);
        LocalDate created = run.postedAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<ErpLine> lines = new ArrayList<>();
        for (JournalEntry e : archive.journal(runId)) {
            lines.addAll(entry(run, e, runId, postingDate, created));
        }
        for (JournalEntry e : archive.reversals(runId)) {
            lines.addAll(entry(run, e, new RunId(e.reversesRunId()), postingDate, created));
        }
        return lines;
    }

    /** {@code poolsOf}: the run whose pools the entry's lines belong to (the reversed run for a reversal). */
    private List<ErpLine> entry(RunHeader run, JournalEntry e, RunId poolsOf, LocalDate postingDate,
                                LocalDate created) {
        String sender = senders.computeIfAbsent(poolsOf, id -> poolSenders(archive.pools(id))).get(e.pool());
        String document = run.runId() + "-" + e.entryNo();
        List<ErpLine> lines = new ArrayList<>();
        for (JournalLine l : e.lines()) {
            boolean isSender = l.costCenter().equals(sender);
            String account = mapping.glAccount(e.pool(), l.account(), isSender);
            if (account == null) {
                problems.add("no GL account for ledger account " + l.account() + " (pool " + e.pool()
                        + "): add it to " + mapping.where("accounts"));
            }
            ErpMapping.CostCenter cc = mapping.costCenter(l.costCenter());
            if (cc == null) {
                problems.add("no segment for cost center " + l.costCenter() + ": add it to "
                        + mapping.where("cost_centers"));
            }
            lines.add(new ErpLine(document, run.runId().value(), e.entryNo(), l.lineNo(), e.kind(),
                    e.reversesRunId(), e.reversesEntryNo(), postingDate, created, run.period(),
                    cc == null ? "" : cc.company(), account == null ? "" : account, cc == null ? "" : cc.segment(),
                    l.costCenter(), l.account(), e.pool(), isSender, l.debit(), l.credit(), run.currency(),
                    e.memo()));
        }
        return lines;
    }

    private static Map<String, String> poolSenders(List<PoolResult> pools) {
        Map<String, String> out = new HashMap<>();
        pools.forEach(p -> out.put(p.pool(), p.costCenter()));
        return out;
    }
}
