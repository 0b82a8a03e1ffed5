package dev.chargeback.rules;

import dev.chargeback.allocation.AllocationBasis;
import dev.chargeback.allocation.AllocationRule;
import dev.chargeback.allocation.AllocationRules;
import dev.chargeback.allocation.BasisRegistry;
import dev.chargeback.allocation.Method;
import dev.chargeback.fingerprint.Sha256;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a rules file with every value's line, naming the file as the user gave it in every message. Structural
 * problems are collected and reported together; each pool's basis reads its own settings ({@link BasisRegistry}),
 * and a key neither the pool nor its basis reads is refused. Checks that need the organisation (unknown cost
 * centers, capacities, rates) are the allocation core's ({@code Allocator.checkRules}).
 */
public final class RulesFile {
    private static final Set<String> TOP_KEYS = Set.of("currency", "method", "step_order", "accounts", "pools");
    /** The keys of every pool; the rest belong to its basis. */
    private static final Set<String> POOL_KEYS = Set.of("cost_center", "service", "basis", "receivers", "account");

    private final String name;
    private final RulesYaml yaml;

    private RulesFile(String name) {
        this.name = name;
        this.yaml = new RulesYaml(name);
    }

    /** Reads the rules file at {@code path}; messages name it as given ({@code --rules /tmp/x/my-rules.yaml}). */
    public static RuleSet load(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new RulesFile(path.toString()).parse(text, Sha256.of(bytes));
    }

    /** Parses rules given as text (tests, tools); {@code name} is used in messages. */
    public static RuleSet read(String name, String text) {
        return new RulesFile(name).parse(text, Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    private RuleSet parse(String text, String sha) {
        Node root = yaml.compose(text);
        if (!(root instanceof MappingNode top)) {
            throw new RulesException(List.of(name + ": expected a mapping with currency, method and pools"));
        }
        Map<String, Node> keys = yaml.mapping(top, TOP_KEYS, "top level");
        String currency = currency(keys.get("currency"), top);
        Method method = method(keys.get("method"));
        List<String> stepOrder = keys.containsKey("step_order") ? yaml.strings(keys.get("step_order")) : List.of();
        int stepLine = keys.containsKey("step_order") ? RulesYaml.line(keys.get("step_order")) : 0;
        Map<String, Node> accounts = keys.containsKey("accounts")
                ? yaml.mapping(keys.get("accounts"), Set.of("allocation", "recovery"), "accounts") : Map.of();
        String allocationAccount = accounts.containsKey("allocation") ? yaml.scalar(accounts.get("allocation")) : "ALLOCATION";
        String recoveryAccount = accounts.containsKey("recovery") ? yaml.scalar(accounts.get("recovery")) : "RECOVERY-VARIANCE";
        List<AllocationRule> rules = pools(keys.get("pools"), top);
        if (!stepOrder.isEmpty() && method != Method.STEP_DOWN) {
            yaml.problem(keys.get("step_order"), "step_order applies to method step-down only; remove it or"
                    + " set method: step-down");
        }
        if (!yaml.problems().isEmpty()) {
            throw new RulesException(yaml.problems());
        }
        return new RuleSet(currency, new AllocationRules(name, method, stepOrder, stepLine, rules), allocationAccount,
                recoveryAccount, sha, text);
    }

    private String currency(Node node, Node top) {
        if (node == null) {
            yaml.problem(top, "missing `currency:` (an ISO 4217 code such as EUR)");
            return "EUR";
        }
        String code = yaml.scalar(node).toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            yaml.problem(node, "currency '" + code + "' is not an ISO 4217 code (such as EUR, USD)");
        }
        return code;
    }

    private Method method(Node node) {
        if (node == null) {
            return Method.DIRECT;
        }
        try {
            return Method.of(yaml.scalar(node));
        } catch (IllegalArgumentException e) {
            yaml.problem(node, e.getMessage());
            return Method.DIRECT;
        }
    }

    private List<AllocationRule> pools(Node node, Node top) {
        List<AllocationRule> rules = new ArrayList<>();
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(node == null ? top : node, "`pools:` must list at least one pool");
            return rules;
        }
        for (Node item : seq.getValue()) {
            AllocationRule rule = pool(rules.size() + 1, item);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private AllocationRule pool(int ruleNo, Node node) {
        Map<String, Node> k = yaml.mapping(node, null, "pool");
        if (!k.containsKey("cost_center") || !k.containsKey("basis")) {
            yaml.problem(node, "a pool needs `cost_center:` and `basis:`");
            return null;
        }
        AllocationBasis basis = basis(node, k);
        if (basis == null) {
            return null;
        }
        return new AllocationRule(ruleNo, RulesYaml.line(node), yaml.scalar(k.get("cost_center")),
                yaml.optional(k.get("service")), basis,
                k.containsKey("receivers") ? yaml.strings(k.get("receivers")) : List.of(),
                yaml.optional(k.get("account")));
    }

    /** The pool's basis read from its settings; a key neither the pool nor the basis reads is refused. */
    private AllocationBasis basis(Node pool, Map<String, Node> keys) {
        String word = yaml.scalar(keys.get("basis"));
        if (!BasisRegistry.knows(word)) {
            yaml.problem(keys.get("basis"), "basis '" + word + "' is unknown; expected "
                    + String.join(", ", BasisRegistry.words()));
            return null;
        }
        PoolSettings settings = new PoolSettings(yaml, pool, keys);
        AllocationBasis basis = BasisRegistry.read(word, settings);
        Set<String> known = new TreeSet<>(POOL_KEYS);
        known.addAll(settings.asked());
        for (NodeTuple t : ((MappingNode) pool).getValue()) {
            String key = yaml.scalar(t.getKeyNode());
            if (!known.contains(key)) {
                yaml.problem(t.getKeyNode(), "unknown key '" + key + "' in pool; with basis " + word
                        + " the keys are " + known);
            }
        }
        return basis;
    }
}
