package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.period.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.time.YearMonth;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists each period of the ledger: its state, the run in force, every run posted (with who "
                + "and when) and every close and reopen (with who and why).")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            var runs = context.getBean(Ledger.class).runs();
            Periods periods = context.getBean(Periods.class);
            TreeSet<YearMonth> all = new TreeSet<>(periods.known());
            runs.forEach(r -> all.add(r.period()));
            var out = spec.commandLine().getOut();
            for (YearMonth period : all) {
                out.printf(Locale.ROOT, "%s  %s%n", period, periods.state(period));
                runs.stream().filter(r -> r.period().equals(period)).forEach(r -> out.printf(Locale.ROOT,
                        "  %s run %s  %-10s by %s at %s%s%n", r.inForce() ? "*" : " ", r.runId(), r.method(),
                        r.actor(), r.postedAt(), r.supersedes() == null ? "" : " (reversed " + r.supersedes() + ")"));
                periods.history(period).forEach(h -> out.println("    " + h));
            }
            if (all.isEmpty()) {
                out.println("No runs posted yet.");
            } else {
                out.println("(* = the run in force for its period)");
            }
            out.flush();
        }
        return 0;
    }
}
