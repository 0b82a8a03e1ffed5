package dev.chargeback.report.model;

import dev.chargeback.allocation.Money;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.RunSummary;
import dev.chargeback.ledger.archive.RunArchive;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ReportModel} of a period from the ledger, without re-running anything: the run in force (or any
 * run by id, a dry run's too while its transaction is open), the previous period's run in force for the
 * statements' changes, and the runs in force of every period from {@code trendFrom} up to the period for the trend.
 * Reads only through {@link RunArchive} and {@link Ledger}.
 */
public final class ReportModels {
    private final RunArchive archive;
    private final Ledger ledger;

    public ReportModels(RunArchive archive, Ledger ledger) {
        this.archive = archive;
        this.ledger = ledger;
    }

    /** The model of the period's run in force, with the trend from the ledger's first period; empty without one. */
    public Optional<ReportModel> forPeriod(YearMonth period) {
        return forPeriod(period, null);
    }

    /** As {@link #forPeriod(YearMonth)}, the trend starting at {@code trendFrom} (null: the ledger's first period). */
    public Optional<ReportModel> forPeriod(YearMonth period, YearMonth trendFrom) {
        return ledger.runInForce(period).map(runId -> forRun(runId, trendFrom));
    }

    /** The model of one run; other periods (previous, trend) come from their runs in force. */
    public ReportModel forRun(RunId runId, YearMonth trendFrom) {
        RunFacts run = RunFacts.read(archive, runId);
        YearMonth period = run.header().period();
        Optional<RunFacts> previous = ledger.runInForce(period.minusMonths(1)).map(id -> RunFacts.read(archive, id));
        List<ComparisonRow> comparison = new ComparisonBuilder(run).rows();
        return new ReportModel(run.shown(), run.org(), comparison, trend(run, comparison, trendFrom),
                new StatementBuilder(run, previous).statements(), new RecoveryBuilder(run).lines());
    }

    /** The comparison of one run alone (no trend, statements or recovery): for methods side by side. */
    public List<ComparisonRow> comparison(RunId runId) {
        return new ComparisonBuilder(RunFacts.read(archive, runId)).rows();
    }

    /** The end-of-run summary of one run (a dry run's too, inside its transaction); streams the flows. */
    public RunRecap recap(RunId runId) {
        RunHeader h = archive.header(runId);
        Money money = Money.of(h.currency());
        Map<String, Long> byKind = new TreeMap<>();
        archive.flows(runId, f -> {
            if (f.kind().isRemainder()) {
                byKind.merge(f.kind().name(), f.amount(), Long::sum);
            }
        });
        Map<String, BigDecimal> remainders = new LinkedHashMap<>();
        byKind.forEach((kind, minor) -> {
            if (minor != 0) {
                remainders.put(kind, money.toDecimal(minor));
            }
        });
        RunShown shown = new RunShown(runId.value(), h.period(), h.method(), h.currency(), h.inForce());
        return new RunRecap(shown, archive.pools(runId).size(), money.toDecimal(h.costIn().minor()),
                money.toDecimal(h.allocated().minor()), money.toDecimal(h.remainder().minor()), remainders,
                h.rowsRejected(), h.acceptedRejects(),
                archive.inputs(runId).stream().mapToLong(f -> f.otherPeriods()).sum(), archive.warnings(runId).size(),
                h.supersedesRunId() == null ? null : h.supersedesRunId().value(), h.ledgerHash());
    }

    /** Supplier totals per receiver for each period from {@code from} to the run's period, oldest first. */
    private List<TrendPoint> trend(RunFacts run, List<ComparisonRow> current, YearMonth from) {
        YearMonth period = run.header().period();
        List<RunSummary> earlier = ledger.runs().stream().filter(RunSummary::inForce)
                .filter(r -> r.period().isBefore(period) && (from == null || !r.period().isBefore(from)))
                .sorted(Comparator.comparing(RunSummary::period)).toList();
        List<TrendPoint> points = new ArrayList<>();
        for (RunSummary r : earlier) {
            points(r.runId().value(), r.method(), new ComparisonBuilder(RunFacts.read(archive, r.runId())).rows(),
                    points);
        }
        if (from == null || !period.isBefore(from)) {
            points(run.header().runId().value(), run.header().method(), current, points);
        }
        return points;
    }

    private static void points(String runId, String method, List<ComparisonRow> rows, List<TrendPoint> points) {
        rows.stream().filter(r -> r.scope() == ComparisonRow.Scope.SUPPLIER).forEach(r -> points.add(new TrendPoint(
                r.period(), runId, method, r.receiver(), r.receiverName(), r.rollUp(), r.supplier(), r.supplierName(),
                r.amount(), r.perHead(), r.perHour())));
    }
}
