package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.database.DatabaseTarget;
import dev.chargeback.ledger.RunId;
import dev.chargeback.report.JournalExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export-journal", mixinStandardHelpOptions = true,
        description = "Writes the run in force of a period, and the reversal it posted, as a journal a general "
                + "ledger imports: one balanced document per journal entry, GL account, cost-center segment and "
                + "company code from a mapping file, the run id as reference.")
final class ExportJournalCommand implements Callable<Integer> {
    private static final Map<String, Character> DELIMITERS = Map.of(",", ',', ";", ';', "tab", '\t', "|", '|');

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period")
    YearMonth period;

    @Option(names = "--profile", required = true, paramLabel = "NAME",
            description = "the layout: ${COMPLETION-CANDIDATES}", completionCandidates = Profiles.class)
    String profile;

    @Option(names = "--mapping", paramLabel = "FILE", description = "YAML mapping of ledger accounts, pools and "
            + "cost centers to GL accounts, cost-center segments and company codes, and the profile's settings "
            + "(default: the ledger's own accounts and cost center ids)")
    Path mapping;

    @Option(names = "--posting-date", paramLabel = "YYYY-MM-DD", description = "default: the period's last day")
    LocalDate postingDate;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: out/<period>)")
    Path out;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "field separator: , (default), ; (Excel in German or French), tab or |")
    String delimiter;

    @Option(names = "--bom", description = "start the file with a UTF-8 byte-order mark (Excel then reads UTF-8)")
    boolean bom;

    @Option(names = "--decimal-comma", description = "amounts with a decimal comma (1234,50), for spreadsheets "
            + "in such locales; ERP loaders usually want the default point")
    boolean decimalComma;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Character separator = DELIMITERS.get(delimiter);
        if (separator == null || !JournalExport.profiles().contains(profile)) {
            throw new ParameterException(spec.commandLine(), separator == null
                    ? "--delimiter '" + delimiter + "': expected one of , ; tab |"
                    : "--profile '" + profile + "': expected one of " + JournalExport.profiles());
        }
        if (mapping != null && !Files.isRegularFile(mapping)) {
            throw new ParameterException(spec.commandLine(), "--mapping " + mapping + ": no such file");
        }
        DatabaseTarget db = database.target().requireExisting();
        try (var context = ChargebackApplication.start(db)) {
            JournalExport export = context.getBean(JournalExport.class);
            RunId run = export.runInForce(period).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no run in force for " + period + " in this ledger (" + db.describe() + "); `status` lists "
                            + "the runs"));
            Path folder = out == null ? Path.of("out", period.toString()) : out;
            var written = export.write(run, new JournalExport.Request(profile, mapping, postingDate, folder,
                    separator, bom, decimalComma));
            report(written, spec.commandLine().getOut());
        }
        return 0;
    }

    private void report(JournalExport.Written w, PrintWriter out) {
        out.printf(Locale.ROOT, "Wrote %s: run %s%s, %d documents, %d lines, debits = credits = %s %s%n",
                w.file().toAbsolutePath().normalize(), w.runId(),
                w.reversedRunId() == null ? "" : " and its reversal of run " + w.reversedRunId(), w.documents(),
                w.lines(), w.debits(), w.currency());
        if (postingDate != null && !YearMonth.from(postingDate).equals(period)) {
            out.println("Note: posting date " + postingDate + " is outside " + period
                    + "; the general ledger books it in that date's period.");
        }
        out.flush();
    }

    static final class Profiles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return JournalExport.profiles().iterator();
        }
    }
}
