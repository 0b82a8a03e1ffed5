package dev.chargeback.cli;

import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.TrendPoint;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The department comparison as terminal tables: per supplier, its departments, roll-ups, pools and trend. */
final class ComparisonTables {
    private final PrintWriter out;

    ComparisonTables(PrintWriter out) {
        this.out = out;
    }

    void supplier(String supplier, List<ComparisonRow> rows, List<TrendPoint> trend) {
        List<ComparisonRow> own = rows.stream().filter(r -> r.supplier().equals(supplier)).toList();
        if (own.isEmpty()) {
            return;
        }
        out.printf("%nSupplier %s (%s): what it cost each department%n", supplier, own.getFirst().supplierName());
        TextTable total = new TextTable("rank>", "department", "name", "amount>", "headcount>", "per head>",
                "hours>", "per hour>");
        own.stream().filter(r -> r.scope() == ComparisonRow.Scope.SUPPLIER).forEach(r -> total.row(
                r.rollUp() ? "roll-up" : r.rank(), r.receiver(), r.receiverName(), r.amount(), plain(r.headcount()),
                r.perHead(), plain(r.hours()), r.perHour()));
        total.print(out, "  ");
        pools(own);
        trend(supplier, trend);
    }

    private void pools(List<ComparisonRow> own) {
        Map<String, List<ComparisonRow>> byPool = new LinkedHashMap<>();
        own.stream().filter(r -> r.scope() == ComparisonRow.Scope.POOL)
                .forEach(r -> byPool.computeIfAbsent(r.pool(), k -> new java.util.ArrayList<>()).add(r));
        byPool.forEach((pool, rows) -> {
            ComparisonRow first = rows.getFirst();
            out.printf("%n  Pool %s%s%n", pool, first.serviceName().isEmpty() ? " (general)"
                    : " (" + first.serviceName() + ")");
            TextTable t = new TextTable("rank>", "department", "name", "amount>", "quantity>", "unit", "per unit>",
                    "hours>", "per hour>");
            rows.forEach(r -> t.row(r.rollUp() ? "roll-up" : r.rank(), r.receiver(), r.receiverName(), r.amount(),
                    plain(r.quantity()), r.unit(), r.perUnit(), plain(r.hours()), r.perHour()));
            t.print(out, "    ");
        });
    }

    /** A quantity without trailing zeros (hours 179.5 and 451.25 alike); null stays null. */
    static java.math.BigDecimal plain(java.math.BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros();
    }

    private void trend(String supplier, List<TrendPoint> trend) {
        List<TrendPoint> own = trend.stream().filter(p -> p.supplier().equals(supplier)).toList();
        TreeSet<YearMonth> periods = new TreeSet<>();
        own.forEach(p -> periods.add(p.period()));
        if (periods.isEmpty()) {
            return;
        }
        out.printf("%n  Trend of %s, amount and per head by period (each period's run in force)%n", supplier);
        String[] columns = new String[2 + 2 * periods.size()];
        columns[0] = "department";
        columns[1] = "name";
        int i = 2;
        for (YearMonth p : periods) {
            columns[i++] = p + ">";
        }
        for (YearMonth p : periods) {
            columns[i++] = "per head " + p + ">";
        }
        TextTable t = new TextTable(columns);
        Map<String, Map<YearMonth, TrendPoint>> byReceiver = new LinkedHashMap<>();
        own.forEach(p -> byReceiver.computeIfAbsent(p.receiver(), k -> new LinkedHashMap<>()).put(p.period(), p));
        byReceiver.forEach((receiver, points) -> {
            Object[] cells = new Object[columns.length];
            cells[0] = receiver;
            cells[1] = points.values().iterator().next().receiverName();
            int c = 2;
            for (YearMonth p : periods) {
                cells[c++] = points.containsKey(p) ? points.get(p).amount() : null;
            }
            for (YearMonth p : periods) {
                cells[c++] = points.containsKey(p) ? points.get(p).perHead() : null;
            }
            t.row(cells);
        });
        t.print(out, "    ");
    }
}
