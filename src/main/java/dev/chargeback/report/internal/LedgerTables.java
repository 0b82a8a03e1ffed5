package dev.chargeback.report.internal;

import dev.chargeback.allocation.PoolResult;
import dev.chargeback.ledger.JournalEntry;
import dev.chargeback.ledger.JournalLine;
import dev.chargeback.ledger.PostedFlow;
import dev.chargeback.report.internal.ReportTable.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.chargeback.report.internal.ReportTable.amount;
import static dev.chargeback.report.internal.ReportTable.number;
import static dev.chargeback.report.internal.ReportTable.text;

/**
 * The run's allocations, journal and reconciliation as report tables, column for column as allocations.csv,
 * journal.csv and reconciliation.csv print them (same names, same order, same values), with the names of the cost
 * centers added at the end. The workbook's sheets are these tables, so they equal the CSV files to the cent.
 */
final class LedgerTables {
    private LedgerTables() {
    }

    static ReportTable allocations(ReportFacts facts) {
        String run = facts.run().runId().toString();
        String period = facts.period().toString();
        String currency = facts.money().currency();
        List<List<Cell>> rows = new ArrayList<>();
        for (PostedFlow f : facts.flows()) {
            rows.add(List.of(text(run), text(period), number(f.stage()), text(f.kind()), text(f.sender()),
                    text(f.receiver()), text(f.pool()), text(f.service()), text(f.basis()), text(f.driver()),
                    number(plain(f.quantity())), number(f.rate()), amount(f.amount()), text(currency),
                    number(f.ruleNo()), number(f.flowNo()), text(facts.name(f.sender())),
                    text(facts.name(f.receiver()))));
        }
        return new ReportTable("Allocations", "Allocations", "allocations.csv: every flow of cost, with names",
                List.of("run_id", "period", "stage", "kind", "sender", "receiver", "pool", "service", "basis",
                        "driver", "quantity", "rate", "amount", "currency", "rule", "flow", "sender_name",
                        "receiver_name"), rows, false);
    }

    static ReportTable journal(ReportFacts facts) {
        String run = facts.run().runId().toString();
        String period = facts.period().toString();
        String currency = facts.money().currency();
        List<List<Cell>> rows = new ArrayList<>();
        for (JournalEntry e : facts.journal()) {
            for (JournalLine l : e.lines()) {
                rows.add(List.of(text(run), number(e.entryNo()), number(l.lineNo()), text(period),
                        text(l.costCenter()), text(l.account()), amount(l.debit()), amount(l.credit()),
                        text(currency), text(e.memo()), text(e.kind()), text(e.pool()), number(e.ruleNo()),
                        l.flowNo() == null ? text("") : number(l.flowNo()), text(e.reversesRunId()),
                        e.reversesEntryNo() == null ? text("") : number(e.reversesEntryNo()),
                        text(facts.name(l.costCenter()))));
            }
        }
        return new ReportTable("Journal", "Journal", "journal.csv: every line of the run's entries", List.of(
                "run_id", "entry_id", "line", "period", "cost_center", "account", "debit", "credit", "currency",
                "memo", "kind", "pool", "rule", "flow", "reverses_run_id", "reverses_entry_id", "cost_center_name"),
                rows, false);
    }

    static ReportTable reconciliation(ReportFacts facts) {
        String run = facts.run().runId().toString();
        String period = facts.period().toString();
        List<List<Cell>> rows = new ArrayList<>();
        for (PoolResult p : facts.pools()) {
            rows.add(List.of(text(run), text(period), text(p.pool()), text(p.costCenter()), text(p.service()),
                    number(p.stage()), amount(p.own()), amount(p.received()), amount(p.total()),
                    amount(p.allocated()), amount(p.remainder()), amount(p.total() - p.allocated() - p.remainder()),
                    text(facts.money().currency()), text(facts.name(p.costCenter()))));
        }
        return new ReportTable("Reconciliation", "Reconciliation", "reconciliation.csv: per pool, cost in = "
                + "allocated + remainder; the difference is zero on every row", List.of("run_id", "period", "pool",
                "cost_center", "service", "stage", "own_cost", "received", "cost_in", "allocated", "remainder",
                "difference", "currency", "cost_center_name"), rows);
    }

    private static BigDecimal plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }
}
