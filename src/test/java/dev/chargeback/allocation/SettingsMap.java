package dev.chargeback.allocation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pool's basis settings as plain values (what a rules file would give), for building bases through
 * {@link BasisRegistry} in tests. A problem fails the test; {@link #asked} says which keys the basis read.
 */
final class SettingsMap implements BasisSettings {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> asked = new TreeSet<>();

    SettingsMap put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    Set<String> asked() {
        return asked;
    }

    @Override
    public boolean has(String key) {
        asked.add(key);
        return values.containsKey(key);
    }

    @Override
    public String text(String key) {
        return has(key) ? values.get(key).toString() : null;
    }

    @Override
    public BigDecimal number(String key) {
        return has(key) ? new BigDecimal(values.get(key).toString()) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> numbers(String key, String valueName) {
        return has(key) ? (Map<String, BigDecimal>) values.get(key) : Map.of();
    }

    @Override
    public void problem(String text) {
        throw new AssertionError("basis settings " + values + ": " + text);
    }

    @Override
    public void problem(String key, String text) {
        throw new AssertionError("basis setting " + key + " of " + values + ": " + text);
    }
}
