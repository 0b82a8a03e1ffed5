package dev.chargeback.rules;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML side of reading a rules file: SnakeYAML's node tree (safe: no object construction) within limits that
 * refuse an alias bomb, deep nesting or a huge file quickly, and the look-ups that keep every value's line. Every
 * problem is collected as "{@code <file> line N: ...}", naming the file as the user gave it. Public for the other
 * YAML files the product reads as strictly (the ERP mapping file of {@code export-journal}).
 */
public final class RulesYaml {
    /** Aliases of lists or mappings: a rules file needs a few; a "billion laughs" needs many. */
    static final int MAX_COLLECTION_ALIASES = 50;
    static final int MAX_NESTING = 50;
    /** 8 Mi characters: far above a rules file with thousands of pools. */
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final String name;
    private final List<String> problems = new ArrayList<>();

    public RulesYaml(String name) {
        this.name = name;
    }

    public List<String> problems() {
        return problems;
    }

    /** The document's root node, or a {@link RulesException} naming the line where YAML or a limit failed. */
    public Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        LastMark parser = new LastMark(new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            return new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw new RulesException(List.of(name + " line " + (e.getProblemMark().getLine() + 1)
                    + ": not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new RulesException(List.of(name + " line " + parser.line() + ": refused: " + e.getMessage()));
        }
    }

    /** Keys to value nodes; a key outside {@code allowed} (when given) or given twice is a problem. */
    public Map<String, Node> mapping(Node node, Collection<String> allowed, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, "expected a mapping (key: value) for " + what);
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (allowed != null && !allowed.contains(key)) {
                problem(t.getKeyNode(), "unknown key '" + key + "' in " + what + "; expected one of "
                        + allowed.stream().sorted().toList());
            }
            if (out.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), "duplicate key '" + key + "' in " + what
                        + "; keep one (YAML would silently use the last)");
            }
        }
        return out;
    }

    List<String> strings(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(this::scalar).toList();
        }
        problem(node, "expected a list, e.g. [SALES, MFG]");
        return List.of();
    }

    String optional(Node node) {
        return node == null ? null : scalar(node);
    }

    public String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        problem(node, "expected a single value");
        return "";
    }

    BigDecimal decimal(Node node, String what) {
        String v = scalar(node);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problem(node, what + " '" + v + "' is not a number (use a plain decimal such as 42.50)");
            return null;
        }
    }

    public void problem(Node node, String text) {
        problems.add(name + " line " + line(node) + ": " + text);
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A parser that remembers where the last event it gave started, to name the line of a refused document. */
    private static final class LastMark implements Parser {
        private final Parser parser;
        private Mark last;

        LastMark(Parser parser) {
            this.parser = parser;
        }

        int line() {
            return last == null ? 1 : last.getLine() + 1;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return remember(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return remember(parser.getEvent());
        }

        private Event remember(Event e) {
            if (e != null) {
                last = e.getStartMark();
            }
            return e;
        }
    }
}
