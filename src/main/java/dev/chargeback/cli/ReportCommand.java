package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.ledger.RunId;
import dev.chargeback.report.PeriodReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes report.html (one offline page: flow of cost, cost by department and service, trend, "
                + "comparison, statements, recovery, reconciliation) and report.xlsx (the same for finance, with "
                + "the allocations and the journal) from the period's run in force; nothing is run again.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period to report")
    YearMonth period;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<period>)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        DatabaseTarget db = database.target().requireExisting();
        try (var context = ChargebackApplication.start(db)) {
            PeriodReports reports = context.getBean(PeriodReports.class);
            RunId run = reports.runInForce(period).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no run in force for " + period + " in this ledger (" + db.describe() + "); `status` lists "
                            + "the periods and their runs"));
            Path folder = out == null ? Path.of("out", period.toString()) : out;
            List<Path> written = reports.write(run, folder);
            written.forEach(f -> System.out.println("Wrote " + f.toAbsolutePath().normalize()));
            System.out.println("Report of " + period + " from run " + run + " (the run in force)");
        }
        return 0;
    }
}
