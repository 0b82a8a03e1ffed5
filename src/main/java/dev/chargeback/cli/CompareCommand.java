package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.report.ReportFiles;
import dev.chargeback.report.model.ComparisonRow;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.report.model.TrendPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Department comparison from the ledger (nothing is re-run): what each supplier and each of its "
                + "services cost each receiving department, in total, per head (HEADCOUNT), per hour of support "
                + "(the supplier's timesheet hours) and per unit of the driver; ranked, rolled up by the cost-center "
                + "hierarchy, with the trend over the ledger's periods.",
                "Prints the tables and writes compare-<period>.csv and compare-<period>-trend.csv."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period compared")
    YearMonth period;

    @Option(names = "--supplier", paramLabel = "COST_CENTER", description = "only this supplier (default: all)")
    String supplier;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first period of the trend (default: the "
            + "ledger's first period)")
    YearMonth from;

    @Option(names = "--out", paramLabel = "DIR", description = "where the CSV files go (default: out/<period>)")
    Path out;

    @Mixin
    MethodsSideBySide methods;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        MethodsSideBySide.requireNoMethodsOptions(spec, methods);
        Path folder = out == null ? Path.of("out", period.toString()) : out;
        DatabaseTarget db = methods.requested() ? database.target() : database.target().requireExisting();
        try (var context = ChargebackApplication.start(db)) {
            if (methods.requested()) {
                methods.compare(context, period, supplier == null ? null : supplier.trim(), folder, spec);
                return 0;
            }
            ReportModel model = context.getBean(ReportModels.class).forPeriod(period, from).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "no run in force for " + period + " in this ledger ("
                            + db.describe() + "); `run --period " + period + "` posts one, `status` lists the runs"));
            List<String> suppliers = suppliers(model);
            List<ComparisonRow> rows = model.comparison().stream().filter(r -> suppliers.contains(r.supplier()))
                    .toList();
            List<TrendPoint> trend = model.trend().stream().filter(p -> suppliers.contains(p.supplier())).toList();
            print(model, suppliers, rows, trend);
            Path csv = ReportFiles.comparison(folder, model, rows);
            Path trendCsv = ReportFiles.trend(folder, model, trend);
            spec.commandLine().getOut().printf(Locale.ROOT, "%nWrote %s and %s%n", csv.toAbsolutePath().normalize(),
                    trendCsv.getFileName());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private List<String> suppliers(ReportModel model) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        model.comparison().forEach(r -> all.add(r.supplier()));
        if (supplier == null) {
            return List.copyOf(all);
        }
        String wanted = supplier.trim();
        if (!all.contains(wanted)) {
            throw new ParameterException(spec.commandLine(), "no supplier " + wanted + " in run "
                    + model.run().runId() + "; its suppliers are " + String.join(", ", all));
        }
        return List.of(wanted);
    }

    private void print(ReportModel model, List<String> suppliers, List<ComparisonRow> rows, List<TrendPoint> trend) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Department comparison for %s: run %s (method %s, %s), amounts in %s%n",
                model.run().period(), model.run().runId(), model.run().method(),
                model.run().inForce() ? "the run in force" : "not in force", model.run().currency());
        o.println("Per head: amount / HEADCOUNT of drivers.csv; per hour: amount / the supplier's timesheet hours;"
                + " per unit: amount / driver quantity (HALF_EVEN; 2 places, per unit 4).");
        ComparisonTables tables = new ComparisonTables(o);
        suppliers.forEach(s -> tables.supplier(s, rows, trend));
        o.flush();
    }
}
