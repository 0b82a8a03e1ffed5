package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.ledger.RunHeader;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.report.model.Department;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.TrendPoint;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what report.html and report.xlsx show: the run's flows, journal and pools from the run archive, and from
 * the report model (built from the same archive) the names, the trend and the comparison, statements and recovery.
 */
final class ReportReader {
    private final RunArchive archive;

    ReportReader(RunArchive archive) {
        this.archive = archive;
    }

    ReportFacts read(RunId runId, ReportModel model) {
        RunHeader run = archive.header(runId);
        Money money = Money.of(run.currency());
        List<PostedFlow> flows = new ArrayList<>();
        archive.flows(runId, flows::add);
        return new ReportFacts(run, money, flows, archive.journal(runId), archive.pools(runId),
                trend(model, money), names(model), new ModelTables(money).all(model));
    }

    /** Cost center and service ids to their names, from cost_centers.csv and services.csv as the run imported them. */
    private static Map<String, String> names(ReportModel model) {
        Map<String, String> names = new HashMap<>();
        model.org().services().forEach(s -> names.put(s.id(), s.name()));
        model.org().departments().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    /**
     * Per period, oldest first: what each receiving department (not a roll-up, not a service department) was
     * charged by all suppliers together in that period's run in force.
     */
    private static Map<YearMonth, Map<String, Long>> trend(ReportModel model, Money money) {
        Map<YearMonth, Map<String, Long>> trend = new TreeMap<>();
        for (TrendPoint p : model.trend()) {
            boolean service = model.org().department(p.receiver()).map(Department::service).orElse(false);
            if (!p.rollUp() && !service) {
                trend.computeIfAbsent(p.period(), k -> new TreeMap<>())
                        .merge(p.receiver(), money.toMinor(p.amount()), Long::sum);
            }
        }
        return trend;
    }
}
