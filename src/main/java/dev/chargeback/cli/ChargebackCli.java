package dev.chargeback.cli;

import dev.chargeback.allocation.AllocationException;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.period.PeriodClosedException;
import dev.chargeback.rules.RulesException;
import dev.chargeback.run.RejectsFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code chargeback}: the monthly allocation run and the commands around it. */
@Command(name = "chargeback", mixinStandardHelpOptions = true, versionProvider = ChargebackCli.Version.class,
        description = "Internal cost allocation and chargeback: allocates service cost centers' cost to the "
                + "cost centers they served, exact to the cent, into a hash-chained ledger.",
        subcommands = {RunCommand.class, StatusCommand.class, ExportCommand.class, VerifyCommand.class, PeriodCommand.Close.class, PeriodCommand.Reopen.class,
                BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an unexpected failure (see the message)",
                "2:bad input or usage: the message says what to fix"})
public final class ChargebackCli {
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line in this process and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new ChargebackCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = exitCode(e);
            err.println("chargeback: " + (code == BAD_INPUT ? "" : "failed: ") + message(e));
            if (code != BAD_INPUT && System.getenv("CHARGEBACK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cli.execute(args);
    }

    static int exitCode(Throwable e) {
        return e instanceof InputFileException || e instanceof RulesException || e instanceof AllocationException
                || e instanceof PeriodClosedException || e instanceof RejectsFoundException
                || e instanceof IllegalArgumentException ? BAD_INPUT : 1;
    }

    private static String message(Throwable e) {
        if (e instanceof RulesException r) {
            return "the rules cannot be used:\n  " + String.join("\n  ", r.problems());
        }
        if (e instanceof AllocationException a) {
            return "nothing was posted:\n  " + String.join("\n  ", a.problems());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ChargebackCli.class.getPackage().getImplementationVersion();
            return new String[]{"chargeback " + (v == null ? "dev" : v)};
        }
    }
}
