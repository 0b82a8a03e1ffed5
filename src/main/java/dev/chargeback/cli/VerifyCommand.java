package dev.chargeback.cli;

import dev.chargeback.ChargebackApplication;
import dev.chargeback.ledger.LedgerVerification;
import dev.chargeback.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verifies the ledger: recomputes every entry's hash along the chain and checks that every "
                + "entry balances. Exit 0 when intact, 1 when anything was changed, removed or reordered.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @picocli.CommandLine.Option(names = "--pack", paramLabel = "FILE",
            description = "check an audit pack against its own SHA256SUMS instead (offline, no database)")
    java.nio.file.Path pack;

    @Override
    public Integer call() {
        if (pack != null) {
            return PackVerification.check(pack, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        try (var context = ChargebackApplication.start(database.target().requireExisting())) {
            LedgerVerification v = context.getBean(Ledger.class).verify();
            var out = spec.commandLine().getOut();
            if (v.intact()) {
                out.printf(Locale.ROOT, "Ledger intact: %,d entries, %,d lines, chain head %s%n", v.entries(), v.lines(), v.head());
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
}
