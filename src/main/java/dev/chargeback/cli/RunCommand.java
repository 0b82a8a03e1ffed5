package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.allocation.Method;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.report.model.ReportModels;
import dev.chargeback.report.model.RunRecap;
import dev.chargeback.run.MonthlyRun;
import dev.chargeback.run.RunOutcome;
import dev.chargeback.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the monthly allocation for one period: imports the data directory, allocates with the "
                + "rules, posts the ledger (reversing the period's previous run) and writes allocations.csv, "
                + "journal.csv, reconciliation.csv, rejects.csv, method-detail.json and manifest.json.",
                "Rejected input rows stop the posting (exit 2) unless --accept-rejects is given. A rerun whose "
                + "inputs, rules and method are those of the run in force posts nothing and says so (exit 0); "
                + "--repost posts it again."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period to allocate")
    YearMonth period;

    @Option(names = "--data", defaultValue = "sample-data", paramLabel = "DIR",
            description = "data directory with the CSV files (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (default: <data>/rules.yaml)")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<period>)")
    Path out;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "override the rules' method: direct, step-down or reciprocal")
    Method method;

    @Option(names = "--accept-rejects", description = "post what was accepted even when rows were rejected "
            + "(the manifest records it)")
    boolean acceptRejects;

    @Option(names = "--dry-run", description = "write the outputs of what would be posted (manifest status DRY_RUN, "
            + "with the reversal of the run in force) and post nothing: for trial runs and other methods")
    boolean dryRun;

    @Option(names = "--repost", description = "post even when the inputs, rules and method are identical to the run "
            + "in force (which it then reverses)")
    boolean repost;

    @Option(names = "--user", paramLabel = "NAME", description = "who runs it, for the manifest and ledger "
            + "(default: $CHARGEBACK_USER, else the login name)")
    String user;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        RunRequest request = new RunRequest(period, data, rules == null ? data.resolve("rules.yaml") : rules,
                out == null ? Path.of("out", period.toString()) : out, acceptRejects, method, Users.resolve(user),
                dryRun, repost);
        DatabaseTarget db = database.target();
        var err = System.err;
        try (var context = ChargebackApplication.start(db, threads.settings())) {
            err.println("Database: " + db.describe());
            MonthlyRun monthly = context.getBean(MonthlyRun.class);
            ReportModels models = context.getBean(ReportModels.class);
            boolean progress = Terminal.showsProgress();
            if (dryRun) {
                RunRecap recap = monthly.dryRun(request, err, progress, models::recap);
                RunSummaryText.print(spec.commandLine().getOut(), recap, request.out(), true);
            } else {
                RunOutcome outcome = monthly.run(request, err, progress);
                if (outcome.unchanged()) {
                    spec.commandLine().getOut().printf(Locale.ROOT, "Nothing posted: inputs, rules and method are "
                            + "identical to run %s in force for %s (--repost posts them again).%n",
                            outcome.runId(), period);
                    return 0;
                }
                RunSummaryText.print(spec.commandLine().getOut(), models.recap(outcome.runId()), outcome.out(), false);
            }
        }
        return 0;
    }
}
