package dev.chargeback.report.internal;

import dev.chargeback.report.JournalExportException;
import dev.chargeback.rules.RulesException;
import dev.chargeback.rules.RulesYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads the mapping file of {@code export-journal} as strictly as the rules file, with the rules file's reader
 * ({@link RulesYaml}: SnakeYAML's node tree, no object construction, within the same limits), unknown keys and keys given twice refused, and every problem named with the
 * file as given and its line. See the README's "ERP journal" for the format.
 */
final class ErpMappingFile {
    private static final List<String> SECTIONS = List.of("company", "accounts", "pools", "cost_centers");

    private final String name;
    private final RulesYaml yaml;
    private final Map<String, Integer> lines = new HashMap<>();

    private ErpMappingFile(String name) {
        this.name = name;
        this.yaml = new RulesYaml(name);
    }

    /** @throws JournalExportException naming every problem (file and line) */
    static ErpMapping read(Path file) {
        ErpMappingFile reader = new ErpMappingFile(file.toString());
        ErpMapping mapping = reader.parse(file);
        if (!reader.yaml.problems().isEmpty()) {
            throw new JournalExportException(reader.yaml.problems());
        }
        return mapping;
    }

    private ErpMapping parse(Path file) {
        Node root = compose(file);
        Set<String> allowed = new TreeSet<>(SECTIONS);
        allowed.addAll(ErpLayouts.names());
        Map<String, Node> top = mapping(root, allowed, "the mapping file");
        if (root instanceof MappingNode m) {
            m.getValue().forEach(t -> lines.putIfAbsent(scalar(t.getKeyNode()), line(t.getKeyNode())));
        }
        String company = top.containsKey("company") ? scalar(top.get("company")) : "";
        var accounts = section(top, "accounts", this::sides);
        var pools = section(top, "pools", this::sides);
        var costCenters = section(top, "cost_centers", this::costCenter);
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        for (ErpLayout layout : ErpLayouts.ALL) {
            Node node = top.get(layout.name());
            Map<String, String> values = new LinkedHashMap<>();
            if (node != null) {
                Set<String> keys = new TreeSet<>(layout.settings().stream().map(ErpLayout.Setting::key).toList());
                mapping(node, keys, layout.name()).forEach((k, v) -> values.put(k, scalar(v)));
            }
            settings.put(layout.name(), values);
        }
        return new ErpMapping(name, company, accounts, pools == null ? Map.of() : pools, costCenters, settings,
                lines);
    }

    private Node compose(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JournalExportException(List.of(name + ": cannot be read: " + e.getMessage()));
        }
        try {
            Node root = yaml.compose(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (root == null) {
                throw new JournalExportException(List.of(name + ": the mapping file is empty"));
            }
            return root;
        } catch (RulesException e) {
            throw new JournalExportException(e.problems());
        }
    }

    private <T> Map<String, T> section(Map<String, Node> top, String key, Function<Node, T> value) {
        Node node = top.get(key);
        if (node == null) {
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        mapping(node, null, key).forEach((k, v) -> out.put(k, value.apply(v)));
        return out;
    }

    /** {@code "681000"} for both sides, or {@code {sender: "681900", receiver: "681000"}}. */
    private ErpMapping.Sides sides(Node node) {
        if (node instanceof ScalarNode) {
            String account = scalar(node);
            return new ErpMapping.Sides(account, account);
        }
        Map<String, Node> m = mapping(node, Set.of("sender", "receiver"), "an account by side");
        if (m.size() != 2 && node instanceof MappingNode) {
            problem(node, "give both sender: and receiver: (or one account for both)");
        }
        return new ErpMapping.Sides(text(m.get("sender")), text(m.get("receiver")));
    }

    /** {@code "4100"} (the segment), or {@code {segment: "4100", company: "2000"}}. */
    private ErpMapping.CostCenter costCenter(Node node) {
        if (node instanceof ScalarNode) {
            return new ErpMapping.CostCenter(scalar(node), null);
        }
        Map<String, Node> m = mapping(node, Set.of("segment", "company"), "a cost center");
        if (!m.containsKey("segment") && node instanceof MappingNode) {
            problem(node, "a cost center needs segment:");
        }
        return new ErpMapping.CostCenter(text(m.get("segment")), m.containsKey("company")
                ? scalar(m.get("company")) : null);
    }

    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        return yaml.mapping(node, allowed, what);
    }

    private String text(Node node) {
        return node == null ? "" : scalar(node);
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().trim();
        }
        problem(node, node instanceof ScalarNode ? "expected a value, found nothing" : "expected a single value");
        return "";
    }

    private void problem(Node node, String text) {
        yaml.problem(node, text);
    }

    private static int line(Node node) {
        return RulesYaml.line(node);
    }
}
