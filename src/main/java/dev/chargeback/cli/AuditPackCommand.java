package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.ledger.LedgerVerification;
import dev.chargeback.ledger.RunId;
import dev.chargeback.ledger.archive.RunArchive;
import dev.chargeback.lineage.AuditPack;
import dev.chargeback.run.RunExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "audit-pack", mixinStandardHelpOptions = true,
        description = "Writes one zip for an auditor: the run in force's files (manifest, journal, reversal, "
                + "allocations, reconciliation, rejects, method detail), its rules and input files from the input "
                + "archive, the verify result, the explanation of every receiver, and SHA256SUMS of every entry "
                + "(check it with `verify --pack FILE`).")
final class AuditPackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "the period (its run in force)")
    YearMonth period;

    @Option(names = "--out", paramLabel = "FILE", description = "the zip (default: out/<period>/audit-pack-<run>.zip)")
    Path out;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            RunArchive archive = context.getBean(RunArchive.class);
            RunId run = archive.runInForce(period).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no run in force for " + period + "; `status` lists the runs"));
            Path zip = out != null ? out : Path.of("out", period.toString(), "audit-pack-" + run + ".zip");
            Path exported = Files.createTempDirectory("chargeback-pack-");
            try {
                context.getBean(RunExport.class).export(run, exported);
                new AuditPack(archive).write(run, exported, verify(context.getBean(Ledger.class).verify()), zip);
            } finally {
                delete(exported);
            }
            spec.commandLine().getOut().println("Wrote the audit pack of run " + run + " to "
                    + zip.toAbsolutePath().normalize());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static String verify(LedgerVerification v) {
        if (v.intact()) {
            return String.format(Locale.ROOT, "Ledger intact: %,d entries, %,d lines, chain head %s%n", v.entries(),
                    v.lines(), v.head());
        }
        return String.format(Locale.ROOT, "Ledger NOT intact (%d problems):%n  %s%n", v.problems().size(),
                String.join("\n  ", v.problems()));
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
