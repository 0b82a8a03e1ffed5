package dev.chargeback.diff;

import dev.chargeback.ledger.RunHeader;

import java.util.List;

/**
 * Two runs compared: the earlier ({@code from}) and the later ({@code to}), possibly of different periods, the
 * currency both are in, and every line of either run with its change split by cause.
 */
public record RunDiff(RunHeader from, RunHeader to, String currency, List<DiffLine> lines) {

    public RunDiff {
        lines = List.copyOf(lines);
    }

    /** The lines where anything moved (a change, or parts that cancel out). */
    public List<DiffLine> moved() {
        return lines.stream().filter(DiffLine::moved).toList();
    }

    /** The sum of one cause over every line (minor units). */
    public long total(Cause cause) {
        return lines.stream().mapToLong(l -> l.part(cause)).reduce(0, Math::addExact);
    }

    /** The sum of every line's change (minor units). */
    public long totalChange() {
        return lines.stream().mapToLong(DiffLine::change).reduce(0, Math::addExact);
    }
}
