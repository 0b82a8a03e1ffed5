package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.report.ReportFiles;
import dev.chargeback.report.model.ReportModel;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.report.model.Statement;
import dev.chargeback.report.model.StatementLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "statement", mixinStandardHelpOptions = true,
        description = {"Customer statements from the ledger (nothing is re-run): for each receiving department, each "
                + "service it was charged for, the driver quantity, the unit rate, the amount, the change from the "
                + "previous period's run in force and what reached it through other service departments.",
                "Prints them and writes statements-<period>.csv (statement-<period>-<receiver>.csv with --receiver)."})
final class StatementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period")
    YearMonth period;

    @Option(names = "--receiver", paramLabel = "COST_CENTER", description = "only this department (default: all)")
    String receiver;

    @Option(names = "--out", paramLabel = "DIR", description = "where the CSV file goes (default: out/<period>)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        DatabaseTarget db = database.target().requireExisting();
        try (var context = ChargebackApplication.start(db)) {
            ReportModel model = context.getBean(ReportModels.class).forPeriod(period).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "no run in force for " + period + " in this ledger ("
                            + db.describe() + "); `run --period " + period + "` posts one, `status` lists the runs"));
            List<Statement> shown = selected(model);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "Statements for %s: run %s (method %s), amounts in %s%n", period,
                    model.run().runId(), model.run().method(), model.run().currency());
            shown.forEach(s -> print(o, s));
            Path folder = out == null ? Path.of("out", period.toString()) : out;
            Path csv = ReportFiles.statements(folder, model, shown, receiver == null ? null : receiver.trim());
            o.printf(Locale.ROOT, "%nWrote %s%n", csv.toAbsolutePath().normalize());
            o.flush();
        }
        return 0;
    }

    private List<Statement> selected(ReportModel model) {
        if (receiver == null) {
            return model.statements();
        }
        String wanted = receiver.trim();
        List<Statement> one = model.statements().stream().filter(s -> s.receiver().equals(wanted)).toList();
        if (one.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no statement for " + wanted + " in run "
                    + model.run().runId() + ": it was charged nothing in " + period + " nor in the period before");
        }
        return one;
    }

    private static void print(PrintWriter o, Statement s) {
        o.printf(Locale.ROOT, "%n%s (%s)%n", s.receiver(), s.receiverName());
        TextTable t = new TextTable("supplier", "pool", "service", "basis", "quantity>", "unit", "rate>", "amount>",
                "previous>", "change>", "via service depts>");
        for (StatementLine l : s.lines()) {
            t.row(l.supplier(), l.pool(), l.serviceName().isEmpty() ? "(general)" : l.serviceName(), l.basis(),
                    l.quantity() == null ? null : l.quantity().stripTrailingZeros(), l.unit(), l.rate(), l.amount(),
                    l.previousAmount(), l.change(), l.viaServiceDepartments());
        }
        t.row("total", "", "", "", "", "", "", s.total(), s.previousTotal(),
                s.previousTotal() == null ? null : s.total().subtract(s.previousTotal()), s.viaServiceDepartments());
        t.print(o, "  ");
    }
}
