package dev.chargeback.rules;

import dev.chargeback.allocation.AllocationRule;
import dev.chargeback.allocation.Basis;
import dev.chargeback.allocation.DriverRef;
import dev.chargeback.allocation.Method;
import dev.chargeback.ledger.LedgerHash;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads rules.yaml through SnakeYAML's node tree (safe: no object construction), so that every value keeps its line
 * number. Structural problems are collected and reported together; checks that need the organisation (unknown cost
 * centers, capacities, rates) are the allocation core's.
 */
public final class RulesFile {
    private static final Set<String> TOP_KEYS = Set.of("currency", "method", "step_order", "accounts", "pools");
    private static final Set<String> POOL_KEYS = Set.of("cost_center", "service", "basis", "driver", "receivers",
            "shares", "rate", "recovery_to", "on_no_driver", "account");

    private final String name;
    private final List<String> problems = new ArrayList<>();

    private RulesFile(String name) {
        this.name = name;
    }

    public static RuleSet load(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new RulesFile(path.getFileName().toString()).parse(text, LedgerHash.sha256(bytes));
    }

    /** Parses rules given as text (tests, tools); {@code name} is used in messages. */
    public static RuleSet read(String name, String text) {
        return new RulesFile(name).parse(text, LedgerHash.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private RuleSet parse(String text, String sha) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new RulesException(List.of(name + " line " + (e.getProblemMark().getLine() + 1)
                    + ": not valid YAML: " + e.getProblem()));
        }
        if (!(root instanceof MappingNode top)) {
            throw new RulesException(List.of(name + ": expected a mapping with currency, method and pools"));
        }
        Map<String, Node> keys = mapping(top, TOP_KEYS, "top level");
        String currency = currency(keys.get("currency"), top);
        Method method = method(keys.get("method"));
        List<String> stepOrder = keys.containsKey("step_order") ? strings(keys.get("step_order")) : List.of();
        int stepLine = keys.containsKey("step_order") ? line(keys.get("step_order")) : 0;
        Map<String, Node> accounts = keys.containsKey("accounts")
                ? mapping(keys.get("accounts"), Set.of("allocation", "recovery"), "accounts") : Map.of();
        String allocationAccount = accounts.containsKey("allocation") ? scalar(accounts.get("allocation")) : "ALLOCATION";
        String recoveryAccount = accounts.containsKey("recovery") ? scalar(accounts.get("recovery")) : "RECOVERY-VARIANCE";
        List<AllocationRule> rules = pools(keys.get("pools"), top);
        if (stepOrder.size() > 0 && method != Method.STEP_DOWN) {
            problems.add(where(keys.get("step_order")) + "step_order applies to method step-down only; remove it or"
                    + " set method: step-down");
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleSet(currency, method, stepOrder, stepLine, allocationAccount, recoveryAccount, rules, sha);
    }

    private String currency(Node node, Node top) {
        if (node == null) {
            problems.add(where(top) + "missing `currency:` (an ISO 4217 code such as EUR)");
            return "EUR";
        }
        String code = scalar(node).toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            problems.add(where(node) + "currency '" + code + "' is not an ISO 4217 code (such as EUR, USD)");
        }
        return code;
    }

    private Method method(Node node) {
        if (node == null) {
            return Method.DIRECT;
        }
        try {
            return Method.of(scalar(node));
        } catch (IllegalArgumentException e) {
            problems.add(where(node) + e.getMessage());
            return Method.DIRECT;
        }
    }

    private List<AllocationRule> pools(Node node, Node top) {
        List<AllocationRule> rules = new ArrayList<>();
        if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            problems.add(where(node == null ? top : node) + "`pools:` must list at least one pool");
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
        Map<String, Node> k = mapping(node, POOL_KEYS, "pool");
        if (!k.containsKey("cost_center") || !k.containsKey("basis")) {
            problems.add(where(node) + "a pool needs `cost_center:` and `basis:`");
            return null;
        }
        Basis basis = basis(k.get("basis"));
        if (basis == null) {
            return null;
        }
        DriverRef driver = null;
        if (k.containsKey("driver")) {
            try {
                driver = DriverRef.parse(scalar(k.get("driver")));
            } catch (IllegalArgumentException e) {
                problems.add(where(k.get("driver")) + e.getMessage());
            }
        }
        boolean remainder = false;
        if (k.containsKey("on_no_driver")) {
            String v = scalar(k.get("on_no_driver"));
            remainder = v.equals("remainder");
            if (!remainder && !v.equals("error")) {
                problems.add(where(k.get("on_no_driver")) + "on_no_driver is '" + v + "'; expected error or remainder");
            }
        }
        return new AllocationRule(ruleNo, line(node), scalar(k.get("cost_center")), optional(k.get("service")), basis,
                driver, k.containsKey("receivers") ? strings(k.get("receivers")) : List.of(), shares(k.get("shares")),
                k.containsKey("rate") ? decimal(k.get("rate"), "rate") : null, optional(k.get("recovery_to")),
                remainder, optional(k.get("account")));
    }

    private Basis basis(Node node) {
        String v = scalar(node);
        try {
            return Basis.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where(node) + "basis '" + v + "' is unknown; expected proportional, fixed, even, rate or tdabc");
            return null;
        }
    }

    private Map<String, BigDecimal> shares(Node node) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (node == null) {
            return shares;
        }
        if (!(node instanceof MappingNode m)) {
            problems.add(where(node) + "shares must map receivers to percentages, e.g. { SALES: 25, MFG: 75 }");
            return shares;
        }
        for (NodeTuple t : m.getValue()) {
            BigDecimal v = decimal(t.getValueNode(), "share");
            if (v != null) {
                shares.put(scalar(t.getKeyNode()), v);
            }
        }
        return shares;
    }

    private BigDecimal decimal(Node node, String what) {
        String v = scalar(node);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(where(node) + what + " '" + v + "' is not a number (use a plain decimal such as 42.50)");
            return null;
        }
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problems.add(where(node) + "expected a mapping (key: value) for " + what);
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                problems.add(where(t.getKeyNode()) + "unknown key '" + key + "' in " + what + "; expected one of "
                        + allowed.stream().sorted().toList());
            }
            if (out.put(key, t.getValueNode()) != null) {
                problems.add(where(t.getKeyNode()) + "duplicate key '" + key + "' in " + what
                        + "; keep one (YAML would silently use the last)");
            }
        }
        return out;
    }

    private List<String> strings(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(this::scalar).toList();
        }
        problems.add(where(node) + "expected a list, e.g. [SALES, MFG]");
        return List.of();
    }

    private String optional(Node node) {
        return node == null ? null : scalar(node);
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        problems.add(where(node) + "expected a single value");
        return "";
    }

    private String where(Node node) {
        return name + " line " + line(node) + ": ";
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
