package dev.chargeback.rules;

import dev.chargeback.allocation.BasisSettings;
import org.yaml.snakeyaml.nodes.Node;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pool entry's keys as a basis reads them. Remembers which keys the basis asked for, so that a key it does not
 * read (a typo, or {@code rate:} under {@code basis: proportional}) is refused with its line.
 */
final class PoolSettings implements BasisSettings {
    private final RulesYaml yaml;
    private final Node pool;
    private final Map<String, Node> keys;
    private final Set<String> asked = new TreeSet<>();

    PoolSettings(RulesYaml yaml, Node pool, Map<String, Node> keys) {
        this.yaml = yaml;
        this.pool = pool;
        this.keys = keys;
    }

    /** The keys the basis asked for, whether the pool gives them or not. */
    Set<String> asked() {
        return asked;
    }

    @Override
    public boolean has(String key) {
        asked.add(key);
        return keys.containsKey(key);
    }

    @Override
    public String text(String key) {
        return has(key) ? yaml.scalar(keys.get(key)) : null;
    }

    @Override
    public BigDecimal number(String key) {
        return has(key) ? yaml.decimal(keys.get(key), key) : null;
    }

    @Override
    public Map<String, BigDecimal> numbers(String key, String valueName) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        if (!has(key)) {
            return numbers;
        }
        Node node = keys.get(key);
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            yaml.problem(node, key + " must map receivers to numbers, e.g. { SALES: 25, MFG: 75 }");
            return numbers;
        }
        yaml.mapping(node, null, "`" + key + ":`").forEach((receiver, value) -> {
            BigDecimal v = yaml.decimal(value, valueName);
            if (v != null) {
                numbers.put(receiver, v);
            }
        });
        return numbers;
    }

    @Override
    public void problem(String text) {
        yaml.problem(pool, text);
    }

    @Override
    public void problem(String key, String text) {
        yaml.problem(keys.getOrDefault(key, pool), text);
    }
}
