package dev.chargeback.report.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.report.internal.ReportTable.Cell;
import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.RecoveryLine;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.Statement;
import dev.chargeback.report.model.StatementLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.chargeback.report.internal.ReportTable.number;
import static dev.chargeback.report.internal.ReportTable.text;

/**
 * The report model's sections (department comparison, customer statements, supplier recovery) as tables for
 * report.html and report.xlsx. Column names are the model's components in snake_case; amounts become amount cells
 * (exact: the model holds them at the currency's scale), ratios and quantities number cells.
 */
final class ModelTables {
    private final Money money;

    ModelTables(Money money) {
        this.money = money;
    }

    List<ReportTable> all(ReportModel model) {
        return List.of(comparison(model, true), comparison(model, false), statementTotals(model),
                statementLines(model), recovery(model));
    }

    /** The comparison by supplier (on the page and in the workbook), or by pool (in the workbook only). */
    ReportTable comparison(ReportModel model, boolean bySupplier) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ComparisonRow r : model.comparison()) {
            if ((r.scope() == ComparisonRow.Scope.SUPPLIER) != bySupplier) {
                continue;
            }
            rows.add(List.of(text(r.scope()), text(r.receiver()), text(r.receiverName()), text(r.rollUp() ? "yes" : ""),
                    text(r.supplier()), text(r.supplierName()), text(r.pool()), text(r.service()),
                    text(r.serviceName()), amount(r.amount()), number(r.headcount()), number(r.perHead()),
                    number(r.hours()), number(r.perHour()), number(r.quantity()), text(r.unit()),
                    number(r.perUnit()), r.rank() == 0 ? text("") : number(r.rank())));
        }
        return new ReportTable("Comparison", bySupplier ? "Department comparison" : "Department comparison by pool",
                "What each " + (bySupplier ? "supplier" : "pool of a supplier") + " cost each receiving department in "
                        + model.run().period() + ": in total, per head (HEADCOUNT), per hour of support and per unit;"
                        + " rank among departments; roll-ups by the hierarchy",
                List.of("scope", "receiver", "receiver_name", "roll_up", "supplier", "supplier_name", "pool",
                        "service", "service_name", "amount", "headcount", "per_head", "hours", "per_hour",
                        "quantity", "unit", "per_unit", "rank"), rows, bySupplier);
    }

    ReportTable statementTotals(ReportModel model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Statement s : model.statements()) {
            rows.add(List.of(text(s.receiver()), text(s.receiverName()), amount(s.total()),
                    amount(s.previousTotal()), amount(s.viaServiceDepartments())));
        }
        return new ReportTable("Statements", "Statements", "One statement per receiving department: its total, "
                + "the previous period's and what reached it through other service departments",
                List.of("receiver", "receiver_name", "total", "previous_total", "via_service_departments"), rows);
    }

    ReportTable statementLines(ReportModel model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Statement s : model.statements()) {
            for (StatementLine l : s.lines()) {
                rows.add(List.of(text(s.receiver()), text(s.receiverName()), text(l.supplier()),
                        text(l.supplierName()), text(l.pool()), text(l.serviceName()), text(l.basis()),
                        text(l.driver()), number(l.quantity()), text(l.unit()), number(l.rate()), amount(l.amount()),
                        amount(l.previousAmount()), amount(l.change()), amount(l.viaServiceDepartments()),
                        text(String.join(" ", l.viaFrom()))));
            }
        }
        return new ReportTable("Statements", "Statement lines", "Each service a department was charged for: the "
                + "quantity of the driver it used, the unit rate, the amount and the change from the previous period",
                List.of("receiver", "receiver_name", "supplier", "supplier_name", "pool", "service_name", "basis",
                        "driver", "quantity", "unit", "rate", "amount", "previous_amount", "change",
                        "via_service_departments", "via_from"), rows);
    }

    ReportTable recovery(ReportModel model) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RecoveryLine r : model.recovery()) {
            rows.add(List.of(text(r.pool()), text(r.supplier()), text(r.supplierName()), text(r.serviceName()),
                    text(r.basis()), amount(r.ownCost()), amount(r.received()), amount(r.costIn()),
                    amount(r.recovered()), amount(r.toServiceDepartments()), amount(r.remainder()),
                    amount(r.underRecovery()), amount(r.rateVariance()), amount(r.unusedCapacity()),
                    amount(r.idleCapacity()), amount(r.supplierOwnUse()), amount(r.serviceDepartmentsUse()),
                    amount(r.otherRemainder())));
        }
        return new ReportTable("Recovery", "Supplier recovery", "Per service pool: own cost, received, recovered, "
                + "what went to other service departments, and the remainder split into rate variance, unused "
                + "capacity and service departments' own use", List.of("pool", "supplier", "supplier_name",
                "service_name", "basis", "own_cost", "received", "cost_in", "recovered", "to_service_departments",
                "remainder", "under_recovery", "rate_variance", "unused_capacity", "idle_capacity",
                "supplier_own_use", "service_departments_use", "other_remainder"), rows);
    }

    private Cell amount(BigDecimal value) {
        return value == null ? text("") : ReportTable.amount(money.toMinor(value));
    }
}
