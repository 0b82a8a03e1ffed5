package dev.chargeback.diff.internal;

import dev.chargeback.allocation.Money;
import dev.chargeback.diff.Cause;
import dev.chargeback.diff.DiffLine;
import dev.chargeback.diff.RunDiff;
import dev.chargeback.ledger.RunHeader;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The diff as a reader sees it: which runs, then one row per sender pool and receiver with its amounts, its change
 * and the non-zero causes in words ({@code driver quantity +70.31; driver total -0.54}), then the totals per cause.
 */
public final class DiffText {
    private DiffText() {
    }

    public static void write(RunDiff diff, boolean all, Writer out) throws IOException {
        Money money = Money.of(diff.currency());
        out.write(String.format(Locale.ROOT, "Diff %s -> %s (%s)%n", describe(diff.from()), describe(diff.to()),
                diff.currency()));
        List<DiffLine> lines = all ? diff.lines() : diff.moved();
        if (lines.isEmpty()) {
            out.write("No line changed.\n");
            return;
        }
        out.write(String.format(Locale.ROOT, "%-26s %-18s %14s %14s %13s  %s%n", "pool", "receiver", "from", "to",
                "change", "causes"));
        for (DiffLine l : lines) {
            String receiver = l.kind().isRemainder() ? l.receiver() + " (" + l.kind() + ")" : l.receiver();
            out.write(String.format(Locale.ROOT, "%-26s %-18s %14s %14s %13s  %s%n", l.pool(), receiver,
                    money.format(l.from()), money.format(l.to()), signed(money, l.change()), causes(money, l)));
        }
        out.write(String.format(Locale.ROOT, "%d line(s) changed; total change %s%n", diff.moved().size(),
                signed(money, diff.totalChange())));
        for (Cause c : Cause.values()) {
            out.write(String.format(Locale.ROOT, "  %-30s %13s%n", c.words(), signed(money, diff.total(c))));
        }
    }

    private static String describe(RunHeader run) {
        return "run " + run.runId() + " (" + run.period() + ", " + run.method() + ")";
    }

    private static String causes(Money money, DiffLine line) {
        List<String> parts = new ArrayList<>();
        for (Cause c : Cause.values()) {
            if (line.part(c) != 0) {
                parts.add(c.words() + " " + signed(money, line.part(c)));
            }
        }
        return String.join("; ", parts);
    }

    static String signed(Money money, long minor) {
        return (minor > 0 ? "+" : "") + money.format(minor);
    }
}
