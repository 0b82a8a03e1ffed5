package dev.chargeback.diff;

import java.util.Map;

/** One run as the comparison reads it: its method and its pools by name, in allocation order. */
public record RunSnapshot(String method, Map<String, PoolSnapshot> pools) {
}
