package dev.chargeback.report.internal;

import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.RunShown;
import dev.chargeback.report.model.Statement;
import dev.chargeback.report.model.StatementLine;
import dev.chargeback.report.model.TrendPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The report model's CSV files (compare-&lt;period&gt;.csv, its trend, statements-&lt;period&gt;.csv), written
 * atomically through {@link CsvOut}. Public only because {@code report.ReportFiles} calls it. Amounts at the
 * currency's scale, ratios at their stated scale, quantities without trailing zeros; an empty cell is a figure
 * that does not apply (no headcount, no hours).
 */
public final class ModelCsv {
    private static final List<String> COMPARISON = List.of("period", "run_id", "method", "scope", "supplier",
            "supplier_name", "pool", "service", "service_name", "receiver", "receiver_name", "roll_up", "rank",
            "amount", "currency", "headcount", "per_head", "hours", "per_hour", "quantity", "unit", "per_unit");
    private static final List<String> TREND = List.of("period", "run_id", "method", "supplier", "supplier_name",
            "receiver", "receiver_name", "roll_up", "amount", "currency", "per_head", "per_hour");
    private static final List<String> STATEMENTS = List.of("period", "run_id", "receiver", "receiver_name",
            "supplier", "supplier_name", "pool", "service", "service_name", "basis", "driver", "quantity", "unit",
            "rate", "amount", "previous_amount", "change", "via_service_departments", "via_from", "currency");

    private ModelCsv() {
    }

    public static void comparison(Path file, RunShown run, List<ComparisonRow> rows) {
        CsvOut.csv(file, COMPARISON, out -> {
            for (ComparisonRow r : rows) {
                out.printRecord(r.period(), run.runId(), run.method(), r.scope(), r.supplier(), r.supplierName(),
                        r.pool(), r.service(), r.serviceName(), r.receiver(), r.receiverName(), r.rollUp(),
                        r.rank() == 0 ? "" : r.rank(), plain(r.amount()), run.currency(), quantity(r.headcount()),
                        plain(r.perHead()), quantity(r.hours()), plain(r.perHour()), quantity(r.quantity()), r.unit(),
                        plain(r.perUnit()));
            }
        });
    }

    public static void trend(Path file, String currency, List<TrendPoint> points) {
        CsvOut.csv(file, TREND, out -> {
            for (TrendPoint p : points) {
                out.printRecord(p.period(), p.runId(), p.method(), p.supplier(), p.supplierName(), p.receiver(),
                        p.receiverName(), p.rollUp(), plain(p.amount()), currency, plain(p.perHead()),
                        plain(p.perHour()));
            }
        });
    }

    public static void statements(Path file, RunShown run, List<Statement> statements) {
        CsvOut.csv(file, STATEMENTS, out -> statements.forEach(s -> s.lines().forEach(l -> {
            try {
                line(out, run, s, l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
    }

    private static void line(CsvOut.Printer out, RunShown run, Statement s, StatementLine l)
            throws IOException {
        out.printRecord(s.period(), run.runId(), s.receiver(), s.receiverName(), l.supplier(), l.supplierName(),
                l.pool(), l.service(), l.serviceName(), l.basis(), l.driver(), quantity(l.quantity()), l.unit(),
                l.rate() == null ? "" : l.rate().toPlainString(), plain(l.amount()), plain(l.previousAmount()),
                plain(l.change()), plain(l.viaServiceDepartments()), String.join(" ", l.viaFrom()), run.currency());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String quantity(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
