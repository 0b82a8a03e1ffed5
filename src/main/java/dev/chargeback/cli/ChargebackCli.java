package dev.chargeback.cli;

import dev.chargeback.allocation.AllocationException;
import dev.chargeback.allocation.Method;
import dev.chargeback.database.DatabaseException;
import dev.chargeback.database.Secrets;
import dev.chargeback.ingest.InputFileException;
import dev.chargeback.ledger.RunId;
import dev.chargeback.period.PeriodException;
import dev.chargeback.report.JournalExportException;
import dev.chargeback.rules.RulesException;
import dev.chargeback.run.RejectsFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

/** {@code chargeback}: the monthly allocation run and the commands around it. */
@Command(name = "chargeback", mixinStandardHelpOptions = true, versionProvider = ChargebackCli.Version.class,
        description = "Internal cost allocation and chargeback: allocates service cost centers' cost to the "
                + "cost centers they served, exact to the cent, into a hash-chained ledger.",
        subcommands = {RunCommand.class, StatusCommand.class, ExportCommand.class, VerifyCommand.class,
                PeriodCommand.Close.class, PeriodCommand.Reopen.class, BenchCommand.class,
                DiffCommand.class,
                GrantAuditorCommand.class,
                CompareCommand.class,
                StatementCommand.class,
                ExplainCommand.class,
                AuditPackCommand.class,
                ExportJournalCommand.class,
                ReportCommand.class,
                },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an unexpected failure (see the message)",
                "2:bad input or usage, or a database that cannot be used: the message says what to fix"})
public final class ChargebackCli {
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line in this process and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new ChargebackCli());
        cli.registerConverter(YearMonth.class, new PeriodConverter());
        cli.registerConverter(Method.class, new MethodConverter());
        cli.registerConverter(RunId.class, new RunIdConverter());
        cli.setParameterExceptionHandler(ChargebackCli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, commandLine.getErr()));
        return cli.execute(args);
    }

    /**
     * A usage error: what is wrong, and the way to the help, exit 2. An unknown option is named (with the options
     * it may have meant) even when picocli first found a required option missing, as it does for
     * {@code run --perod 2026-10}.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        List<String> unknown = command.getUnmatchedArguments().stream().filter(a -> a.startsWith("-")).toList();
        CommandLine.ParameterException reported = unknown.isEmpty() ? e
                : new UnmatchedArgumentException(command, unknown);
        PrintWriter err = command.getErr();
        err.println("chargeback: " + Secrets.mask(reported.getMessage(), null));
        UnmatchedArgumentException.printSuggestions(reported, err);
        err.println("Usage: see `" + command.getCommandSpec().qualifiedName() + " --help`");
        err.flush();
        return BAD_INPUT;
    }

    private static int failure(Exception e, PrintWriter err) {
        int code = exitCode(e);
        String password = System.getenv("CHARGEBACK_DB_PASSWORD");
        err.println("chargeback: " + (code == BAD_INPUT ? "" : "failed: ") + Secrets.mask(message(e), password));
        if (code != BAD_INPUT && System.getenv("CHARGEBACK_DEBUG") != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(Secrets.mask(trace.toString(), password));
        }
        err.flush();
        return code;
    }

    /** 2 for the engine's own input and usage errors (each says what to fix); 1 for anything else. */
    static int exitCode(Throwable e) {
        return e instanceof InputFileException || e instanceof RulesException || e instanceof AllocationException
                || e instanceof PeriodException || e instanceof RejectsFoundException
                || e instanceof DatabaseException || e instanceof JournalExportException
                || e instanceof dev.chargeback.batch.JobBusyException ? BAD_INPUT : 1;
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
