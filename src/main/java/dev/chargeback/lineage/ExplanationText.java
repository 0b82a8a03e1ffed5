package dev.chargeback.lineage;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;

/** An explanation for a reader: the chain from the journal line down to the source rows, with the arithmetic. */
public final class ExplanationText {
    private ExplanationText() {
    }

    public static void write(Explanation e, PrintWriter out) {
        out.printf("%s was charged %s %s in run %s (%s, %s, rules %s)%s%n", e.receiver(), plain(e.charged()),
                e.currency(), e.runId(), e.period(), e.method(), e.rulesFile(),
                e.sender() == null ? "" : " by " + e.sender());
        for (Explanation.Charge c : e.charges()) {
            charge(c, out);
        }
        e.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private static void charge(Explanation.Charge c, PrintWriter out) {
        Explanation.Flow f = c.flow();
        out.printf("%n%s from %s (pool %s): %s%n", f.amount(), f.sender(), f.pool(), f.basis()
                + (f.driver().isEmpty() ? "" : " by " + f.driver()));
        if (c.journal() != null) {
            out.printf("  journal  run %s entry %d line %d: %s %s debit %s%n", c.journal().runId(),
                    c.journal().entry(), c.journal().line(), c.journal().costCenter(), c.journal().account(),
                    c.journal().debit());
        }
        out.printf("  flow     %d, stage %d, quantity %s%n", f.flowNo(), f.stage(), plain(f.quantity()));
        out.printf("  rule     %d, %s%s%n", c.rule().ruleNo(), c.rule().file(),
                c.rule().line() == null ? "" : " line " + c.rule().line());
        Explanation.Pool p = c.pool();
        out.printf("  pool     %s: own cost %s + received %s = %s%s%n", p.pool(), p.own(), p.received(), p.total(),
                p.fullCost() == null ? "" : " (full cost in the reciprocal solution " + plain(p.fullCost()) + ")");
        for (Explanation.Inflow i : c.throughServices()) {
            out.printf("           received %s from %s (flow %d; that pool's full cost %s); of it %s reached %s%n",
                    i.amount(), i.fromPool(), i.flowNo(), plain(i.fullCostOfSender()), i.reachedReceiver(),
                    f.receiver());
        }
        arithmetic(c.arithmetic(), out);
        rows("GL line", c.glLines(), out);
        rows("driver row", c.driverRows(), out);
    }

    private static void arithmetic(Explanation.Arithmetic a, PrintWriter out) {
        for (Explanation.Fixed x : a.fixed()) {
            out.printf("  fixed    %s to %s (flow %d)%n", x.amount(), x.receiver(), x.flowNo());
        }
        out.printf("  amount   %s (%s) x %s / %s (%s) = %s -> %s (%s)%n", plain(a.base()), a.baseIs(),
                plain(a.quantity()), plain(a.divisor()), a.divisorIs(), plain(a.exact()), a.posted(), a.rounding());
    }

    private static void rows(String what, java.util.List<Explanation.SourceRow> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        BigDecimal sum = rows.stream().map(Explanation.SourceRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.printf("  %ss  %d rows of %s, sum %s%n", what, rows.size(), rows.getFirst().file(), plain(sum));
        for (Explanation.SourceRow r : rows) {
            StringBuilder cells = new StringBuilder();
            for (Map.Entry<String, String> v : r.values().entrySet()) {
                cells.append(cells.isEmpty() ? "" : ", ").append(v.getKey()).append('=').append(v.getValue());
            }
            out.printf("    %s line %d: %s%n", r.file(), r.line(), cells);
        }
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
