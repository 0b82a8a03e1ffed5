package dev.chargeback.cli;

import dev.chargeback.ledger.RunId;
import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.report.RunOutputs;
import dev.chargeback.run.RunExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.YearMonth;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a posted run's files again from the ledger (allocations.csv, journal.csv, "
                + "reversal.csv, reconciliation.csv, rejects.csv, method-detail.json, manifest.json).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_ID", description = "the run (see `status`)")
    RunId runId;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<period> for the run in "
            + "force, out/<period>/<run id> for a superseded run)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        DatabaseTarget db = database.target().requireExisting();
        try (var context = ChargebackApplication.start(db)) {
            YearMonth period = context.getBean(Ledger.class).periodOf(runId).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "no posted run " + runId + " in this ledger "
                            + "(" + db.describe() + "); `status` lists them"));
            RunId supersededBy = context.getBean(RunOutputs.class).supersededBy(runId);
            Path folder = out != null ? out : supersededBy == null ? Path.of("out", period.toString())
                    : Path.of("out", period.toString(), runId.value()); // never over the files of the run in force
            context.getBean(RunExport.class).export(runId, folder);
            System.out.println("Wrote run " + runId + (supersededBy == null ? "" : " (SUPERSEDED by run "
                    + supersededBy + ")") + " to " + folder.toAbsolutePath().normalize());
        }
        return 0;
    }
}
