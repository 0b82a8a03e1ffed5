package dev.chargeback.report.internal;

import dev.chargeback.allocation.FlowKind;
import dev.chargeback.allocation.Money;
import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.RunSummary;
import dev.chargeback.ledger.archive.RunArchive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads what the report shows from the ledger: the period's run in force and the runs in force before it. */
final class ReportReader {
    private final RunArchive archive;
    private final Ledger ledger;

    ReportReader(RunArchive archive, Ledger ledger) {
        this.archive = archive;
        this.ledger = ledger;
    }

    ReportFacts read(RunId runId, Map<String, String> names, List<ReportTable> sections) {
        RunHeader run = archive.header(runId);
        List<PostedFlow> flows = new ArrayList<>();
        archive.flows(runId, flows::add);
        return new ReportFacts(run, Money.of(run.currency()), flows, archive.journal(runId), archive.pools(runId),
                trend(run.period()), names, sections);
    }

    /** Per period up to {@code last}, oldest first: what each receiving department was charged in its run in force. */
    private Map<YearMonth, Map<String, Long>> trend(YearMonth last) {
        Map<YearMonth, Map<String, Long>> trend = new TreeMap<>();
        for (RunSummary r : ledger.runs()) {
            if (r.inForce() && !r.period().isAfter(last)) {
                trend.put(r.period(), charged(r.runId()));
            }
        }
        return trend;
    }

    private Map<String, Long> charged(RunId runId) {
        List<PoolResult> pools = archive.pools(runId);
        Set<String> suppliers = ReportFacts.suppliersOf(pools);
        Map<String, Long> byReceiver = new TreeMap<>();
        archive.flows(runId, f -> {
            if (f.kind() == FlowKind.ALLOCATION && !suppliers.contains(f.receiver())) {
                byReceiver.merge(f.receiver(), f.amount(), Long::sum);
            }
        });
        return byReceiver;
    }
}
