package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.archive.InputArchive;
import dev.chargeback.ledger.ChainAnchor;
import dev.chargeback.ledger.LedgerVerification;
import dev.chargeback.ledger.Ledger;
import dev.chargeback.report.KeptManifests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verifies the ledger: recomputes the journal's hash chain (every entry balanced) and the records "
                + "chain (runs, pools, flows, driver and cost totals, import batches, period events, rules text), "
                + "and names the first record that was changed, removed or added. Exit 0 when intact, 1 when not.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--against", paramLabel = "DIR",
            description = "a folder of manifests an auditor kept (manifest.json files, in subfolders too, and audit "
                    + "packs, *.zip holding manifest.json): every chain head they recorded must still be in the "
                    + "ledger, so a deleted last run, or a rebuilt or emptied ledger, is found")
    Path against;

    @picocli.CommandLine.Option(names = "--pack", paramLabel = "FILE",
            description = "check an audit pack against its own SHA256SUMS instead (offline, no database)")
    java.nio.file.Path pack;

    @Override
    public Integer call() {
        if (pack != null) {
            return PackVerification.check(pack, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        List<ChainAnchor> kept = List.of();
        if (against != null) {
            try {
                kept = KeptManifests.read(against);
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            if (kept.isEmpty()) {
                return usage("--against " + against + ": no manifest.json of a posted run found there");
            }
        }
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            LedgerVerification v = context.getBean(Ledger.class).verify(kept);
            var out = spec.commandLine().getOut();
            if (v.intact()) {
                out.printf(Locale.ROOT, "Ledger intact: %,d entries, %,d lines, chain head %s%n", v.entries(),
                        v.lines(), v.head());
                out.printf(Locale.ROOT, "Records intact: %,d links sealing %,d records, chain head %s%n", v.links(),
                        v.records(), v.recordsHead());
                // each archived file is checked against its SHA-256 whenever it is read (explain --rows, audit-pack)
                out.println(context.getBean(InputArchive.class).holdings().describe());
                if (against != null) {
                    out.printf(Locale.ROOT, "Kept heads: %,d manifests in %s, every head still in the ledger%n",
                            v.anchors(), against);
                }
                out.flush();
                return 0;
            }
            var err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "Ledger NOT intact (%d problems):%n", v.problems().size());
            v.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return 1;
        }
    }

    private int usage(String message) {
        var err = spec.commandLine().getErr();
        err.println("chargeback: " + message);
        err.flush();
        return ChargebackCli.BAD_INPUT;
    }
}
