package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.period.PeriodAction;
import dev.chargeback.period.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.YearMonth;
import java.util.concurrent.Callable;

/** Closing and reopening a period: explicit acts recorded with who and why. */
abstract class PeriodCommand implements Callable<Integer> {
    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period")
    YearMonth period;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (recorded)")
    String reason;

    @Option(names = "--user", paramLabel = "NAME", description = "who (default: $CHARGEBACK_USER, else the login name)")
    String user;

    @Mixin
    DatabaseOptions database;

    abstract PeriodAction action();

    @Override
    public Integer call() {
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            context.getBean(Periods.class).change(period, action(), Users.resolve(user), reason);
            System.out.println("Period " + period + " " + action().pastTense() + ".");
        }
        return 0;
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Closes a period: runs and reversals are refused until it is reopened.")
    static final class Close extends PeriodCommand {
        @Override
        PeriodAction action() {
            return PeriodAction.CLOSE;
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Reopens a closed period; the reopening is recorded with who and why.")
    static final class Reopen extends PeriodCommand {
        @Override
        PeriodAction action() {
            return PeriodAction.REOPEN;
        }
    }
}
