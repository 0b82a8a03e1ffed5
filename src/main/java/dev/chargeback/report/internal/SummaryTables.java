package dev.chargeback.report.internal;

import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.report.internal.ReportTable.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.chargeback.report.internal.ReportTable.amount;
import static dev.chargeback.report.internal.ReportTable.text;

/** The first page of both files: the run's key figures, and what each department was charged by each supplier. */
final class SummaryTables {
    private SummaryTables() {
    }

    static ReportTable keyFigures(ReportFacts facts) {
        var run = facts.run();
        List<List<Cell>> rows = List.of(
                List.of(text("period"), text(run.period())),
                List.of(text("run in force"), text(run.runId())),
                List.of(text("method"), text(run.method())),
                List.of(text("posted at"), text(run.postedAt())),
                List.of(text("posted by"), text(run.actor())),
                List.of(text("currency"), text(run.currency())),
                List.of(text("cost in"), amount(run.costIn().minor())),
                List.of(text("allocated"), amount(run.allocated().minor())),
                List.of(text("remainder (kept by suppliers)"), amount(run.remainder().minor())),
                List.of(text("ledger hash"), text(run.ledgerHash())));
        return new ReportTable("Summary", "The run", "The run in force for the period, as posted in the ledger",
                List.of("item", "value"), rows);
    }

    /**
     * One row per receiving department, one column per supplier and the total: the ALLOCATION flows into each
     * department, so each row sums the department's rows of allocations.csv.
     */
    static ReportTable chargedBySupplier(ReportFacts facts) {
        Map<String, Map<String, Long>> byReceiver = new TreeMap<>();
        for (PostedFlow f : facts.charges()) {
            byReceiver.computeIfAbsent(f.receiver(), r -> new TreeMap<>()).merge(f.sender(), f.amount(), Long::sum);
        }
        List<String> suppliers = List.copyOf(facts.suppliers());
        List<String> columns = new ArrayList<>(List.of("department", "name"));
        suppliers.forEach(s -> columns.add(facts.name(s) + " (" + s + ")"));
        columns.add("total");
        List<List<Cell>> rows = new ArrayList<>();
        byReceiver.forEach((receiver, bySender) -> {
            List<Cell> row = new ArrayList<>(List.of(text(receiver), text(facts.name(receiver))));
            suppliers.forEach(s -> row.add(amount(bySender.getOrDefault(s, 0L))));
            row.add(amount(bySender.values().stream().mapToLong(Long::longValue).sum()));
            rows.add(row);
        });
        return new ReportTable("Summary", "Charged by supplier", "What each department was charged by each "
                + "supplier in " + facts.period() + " (" + facts.money().currency() + ")", columns, rows);
    }
}
