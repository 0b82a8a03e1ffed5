package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.allocation.Method;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.report.Manifest;
import dev.chargeback.report.RunStatus;
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
                "Rejected input rows stop the posting (exit 2) unless --accept-rejects is given."})
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
                dryRun);
        DatabaseTarget db = database.target();
        var err = System.err;
        try (var context = ChargebackApplication.start(db, threads.settings())) {
            err.println("Database: " + db.describe());
            RunOutcome outcome = context.getBean(MonthlyRun.class).run(request, err, System.console() != null);
            print(outcome);
        }
        return 0;
    }

    private void print(RunOutcome outcome) {
        Manifest m = outcome.manifest();
        var out = spec.commandLine().getOut();
        boolean dry = m.status() == RunStatus.DRY_RUN;
        out.printf(Locale.ROOT, "%s run %s for %s (%s, %s).%n", dry ? "Dry run (nothing posted):" : "Posted",
                outcome.runId(), m.period(), m.method(), m.currency());
        out.printf(Locale.ROOT, "  cost in %s = allocated %s + remainder %s; %s %s%n",
                m.totals().costIn().format(), m.totals().allocated().format(), m.totals().remainder().format(),
                dry ? "the ledger head it would leave" : "ledger head", m.ledgerHash().substring(0, 16));
        if (m.supersedesRunId() != null) {
            out.printf(Locale.ROOT, "  %s run %s (see reversal.csv)%n", dry ? "would reverse" : "supersedes and reverses",
                    m.supersedesRunId());
        }
        out.printf(Locale.ROOT, "  outputs in %s%n", outcome.out().toAbsolutePath().normalize());
        out.flush();
    }
}
