package dev.chargeback.diff;

import dev.chargeback.allocation.FlowKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One sender pool and receiver (and the kind of flow: an allocation or a remainder the supplier keeps) compared
 * between two runs: its amount in each (minor units, 0 where the run has no such flow) and the change split by
 * cause. {@code parts} holds every cause, zero or not, and sums to {@code to - from} exactly.
 */
public record DiffLine(String pool, String sender, String receiver, FlowKind kind, long from, long to,
                       Map<Cause, Long> parts) {

    public DiffLine {
        EnumMap<Cause, Long> all = new EnumMap<>(Cause.class);
        for (Cause c : Cause.values()) {
            all.put(c, parts.getOrDefault(c, 0L));
        }
        long sum = all.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        if (sum != Math.subtractExact(to, from)) {
            throw new IllegalStateException("the parts of " + pool + " -> " + receiver + " sum to " + sum
                    + ", not to the change " + (to - from));
        }
        parts = Collections.unmodifiableMap(all);
    }

    public long change() {
        return to - from;
    }

    public long part(Cause cause) {
        return parts.get(cause);
    }

    /** Whether anything moved: a change, or parts that cancel out. */
    public boolean moved() {
        return parts.values().stream().anyMatch(p -> p != 0);
    }
}
