package dev.chargeback.cli;

import dev.chargeback.lineage.AuditPackCheck;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code verify --pack FILE}: an audit pack checked against its own SHA256SUMS, offline (no database). */
final class PackVerification {
    private PackVerification() {
    }

    static int check(Path pack, PrintWriter out, PrintWriter err) {
        AuditPackCheck.Result r = AuditPackCheck.check(pack);
        if (r.intact()) {
            out.println("Pack intact: " + r.entries() + " entries match SHA256SUMS (" + pack + ")");
            out.flush();
            return 0;
        }
        err.println("Pack NOT intact (" + r.problems().size() + " problems): " + pack);
        r.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return 1;
    }
}
