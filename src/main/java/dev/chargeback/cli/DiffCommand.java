package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.diff.DiffException;
import dev.chargeback.diff.DiffFormat;
import dev.chargeback.diff.RunComparison;
import dev.chargeback.diff.RunDiff;
import dev.chargeback.ledger.RunId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two posted runs, per sender pool and receiver: each line's change split into its "
                + "causes, which sum exactly (to the cent) to the change. Default: the run in force for --period "
                + "against the run it superseded; --against P2: the runs in force of P2 and --period; --from/--to: "
                + "two runs by id.",
                "Causes, measured one after the other on the model amount = pool cost x quantity / driver total, "
                + "each step rounded half-up to cents: pool cost (the pool's own GL cost), received from service "
                + "pools (what step-down stages or the reciprocal solution passed on to the pool), driver quantity "
                + "(the receiver's), driver total (what the pool was divided by), then rounding (the ledger's "
                + "largest-remainder cents beside the rounded steps). Rule or method: another basis, driver or "
                + "method (the whole change), fixed shares' percentages, a rate card's standard rate. Cost centers "
                + "added or removed: a line in one run only. A remainder without a quantity (under-recovery) is "
                + "what its pool's change leaves after the other lines."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period of the later run")
    YearMonth period;

    @Option(names = "--against", paramLabel = "YYYY-MM",
            description = "compare with the run in force of this (earlier) period instead of the superseded run")
    YearMonth against;

    @Option(names = "--from", paramLabel = "RUN_ID", description = "the earlier run (default: the run --to superseded)")
    RunId from;

    @Option(names = "--to", paramLabel = "RUN_ID", description = "the later run (default: the run in force)")
    RunId to;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--all", description = "list unchanged lines too")
    boolean all;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        DiffFormat output = format();
        if (against != null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "give either --against or --from/--to, not both");
        }
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            RunComparison comparison = context.getBean(RunComparison.class);
            RunDiff diff = against != null ? comparison.periods(period, against)
                    : from != null || to != null ? comparison.runs(period, from, to) : comparison.latest(period);
            PrintWriter out = spec.commandLine().getOut();
            output.write(diff, all, out);
        } catch (DiffException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return 0;
    }

    private DiffFormat format() {
        try {
            return DiffFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format '" + format
                    + "' is not a format (expected text, csv or json)");
        }
    }
}
