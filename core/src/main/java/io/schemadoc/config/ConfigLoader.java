package io.schemadoc.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .schemadoc.yml} into a {@link Config}. Works on SnakeYAML's node tree rather than a data-binding
 * so that every error can name the key and its line: an unknown key, a wrong type, or a bad value is a
 * {@link ConfigException}, never a silently ignored setting.
 *
 * <p>Where the file is found ({@link #locate}): {@code --config FILE} if given; else {@code .schemadoc.yml} in
 * the SOURCE folder (so {@code schemadoc doc examples/x} uses {@code examples/x/.schemadoc.yml}); else
 * {@code .schemadoc.yml} in the current directory; else the defaults.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".schemadoc.yml";

    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "off");
    private static final Set<String> OPERATIONS = Set.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");
    private static final Set<String> ER_FORMATS = Set.of("mermaid", "svg");
    private static final Set<String> STRATEGIES = Set.of("default");

    private final String file;

    private ConfigLoader(String file) {
        this.file = file;
    }

    /**
     * The config file to use: {@code explicit} when given (it must exist), else the SOURCE folder's
     * {@code .schemadoc.yml}, else the current directory's; null when there is none.
     */
    public static Path locate(Path explicit, String source, Path workingDir) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new ConfigException("config file " + explicit + " does not exist (check the --config path)");
            }
            return explicit;
        }
        if (source != null && !source.contains("://")) {
            try {
                Path dir = workingDir.resolve(source);
                if (Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(FILE_NAME))) {
                    return dir.resolve(FILE_NAME);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path: a URL-like source without a scheme separator; fall through
            }
        }
        Path here = workingDir.resolve(FILE_NAME);
        return Files.isRegularFile(here) ? here : null;
    }

    /** Locates and loads; {@link Config#DEFAULT} when no file is found. */
    public static Config load(Path explicit, String source) {
        Path found = locate(explicit, source, Path.of("").toAbsolutePath());
        return found == null ? Config.DEFAULT : load(found);
    }

    public static Config load(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        return parse(text, path.toString());
    }

    /** Parses YAML text; {@code fileName} is only used in messages. */
    public static Config parse(String text, String fileName) {
        ConfigLoader loader = new ConfigLoader(fileName);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(fileName + ":" + line + ": not valid YAML: " + Mainline.of(e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigException(fileName + ": not valid YAML: " + Mainline.of(e.getMessage()));
        }
        if (root == null) {
            return Config.DEFAULT;
        }
        return loader.config(root);
    }

    /** Keeps messages on one line. */
    private static final class Mainline {
        static String of(String s) {
            return s == null ? "" : s.replaceAll("\\s+", " ").strip();
        }
    }

    private Config config(Node root) {
        Map<String, NodeTuple> m = mapping(root, "the top level",
            "name", "desc", "description", "include", "exclude", "comments", "relations", "detectVirtualRelations",
            "viewpoints", "er", "lint", "scenarios");
        String name = string(m, "name");
        String desc = desc(m, "the top level");
        List<String> include = strings(m, "include");
        List<String> exclude = strings(m, "exclude");
        List<Config.CommentOverride> comments = new ArrayList<>();
        for (Node n : sequence(m, "comments")) {
            comments.add(comment(n));
        }
        List<Config.VirtualRelation> relations = new ArrayList<>();
        for (Node n : sequence(m, "relations")) {
            relations.add(relation(n));
        }
        Config.RelationDetection detection = detection(m.get("detectVirtualRelations"));
        List<Config.Viewpoint> viewpoints = new ArrayList<>();
        Set<String> viewpointNames = new HashSet<>();
        for (Node n : sequence(m, "viewpoints")) {
            Config.Viewpoint v = viewpoint(n);
            if (!viewpointNames.add(v.name().toLowerCase(Locale.ROOT))) {
                throw error(n, "viewpoints: a second viewpoint is named '" + v.name() + "' (names must differ, ignoring case)");
            }
            viewpoints.add(v);
        }
        Config.ErSettings er = er(m.get("er"));
        Config.LintSettings lint = lint(m.get("lint"));
        List<Config.Scenario> scenarios = new ArrayList<>();
        for (Node n : sequence(m, "scenarios")) {
            scenarios.add(scenario(n));
        }
        return new Config(name, desc, include, exclude, comments, relations, detection, viewpoints, er, lint, scenarios);
    }

    private Config.CommentOverride comment(Node node) {
        Map<String, NodeTuple> m = mapping(node, "comments entry", "table", "tableComment", "columnComments");
        String table = required(m, node, "table", "comments entry");
        Map<String, String> columns = new LinkedHashMap<>();
        NodeTuple cc = m.get("columnComments");
        if (cc != null) {
            for (Map.Entry<String, NodeTuple> e : mapping(cc.getValueNode(), "columnComments").entrySet()) {
                String text = scalar(e.getValue().getValueNode(), "columnComments." + e.getKey());
                if (text == null) {
                    throw error(e.getValue().getValueNode(), "'columnComments." + e.getKey() + "' needs a comment text");
                }
                columns.put(e.getKey(), text);
            }
        }
        return new Config.CommentOverride(table, string(m, "tableComment"), columns);
    }

    private Config.VirtualRelation relation(Node node) {
        Map<String, NodeTuple> m = mapping(node, "relations entry", "table", "columns", "parentTable", "parentColumns", "def");
        String table = required(m, node, "table", "relations entry");
        String parent = required(m, node, "parentTable", "relations entry");
        List<String> columns = strings(m, "columns");
        List<String> parentColumns = strings(m, "parentColumns");
        if (columns.isEmpty() || parentColumns.isEmpty()) {
            throw error(node, "relations entry for " + table + ": 'columns' and 'parentColumns' are required");
        }
        if (columns.size() != parentColumns.size()) {
            throw error(m.get("parentColumns").getValueNode(),
                "relations entry for " + table + ": 'columns' has " + columns.size() + " names but 'parentColumns' " + parentColumns.size());
        }
        return new Config.VirtualRelation(table, columns, parent, parentColumns, string(m, "def"));
    }

    private Config.RelationDetection detection(NodeTuple t) {
        if (t == null) {
            return Config.RelationDetection.OFF;
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode) {
            return new Config.RelationDetection(bool(v, "detectVirtualRelations"), "default");
        }
        Map<String, NodeTuple> m = mapping(v, "detectVirtualRelations", "enabled", "strategy");
        boolean enabled = m.containsKey("enabled") && bool(m.get("enabled").getValueNode(), "detectVirtualRelations.enabled");
        String strategy = m.containsKey("strategy") ? oneOf(m.get("strategy").getValueNode(), "detectVirtualRelations.strategy", STRATEGIES) : "default";
        return new Config.RelationDetection(enabled, strategy);
    }

    private Config.Viewpoint viewpoint(Node node) {
        Map<String, NodeTuple> m = mapping(node, "viewpoints entry", "name", "desc", "description", "tables", "schemas");
        String name = required(m, node, "name", "viewpoints entry");
        List<String> tables = strings(m, "tables");
        List<String> schemas = strings(m, "schemas");
        if (tables.isEmpty() && schemas.isEmpty()) {
            throw error(node, "viewpoint '" + name + "': give 'tables' (globs over schema.table) or 'schemas'");
        }
        return new Config.Viewpoint(name, desc(m, "viewpoint '" + name + "'"), tables, schemas);
    }

    private Config.ErSettings er(NodeTuple t) {
        if (t == null) {
            return Config.ErSettings.DEFAULT;
        }
        Map<String, NodeTuple> m = mapping(t.getValueNode(), "er", "distance", "format", "maxTablesPerDiagram");
        Config.ErSettings d = Config.ErSettings.DEFAULT;
        int distance = m.containsKey("distance") ? integer(m.get("distance").getValueNode(), "er.distance", 0, 10) : d.distance();
        String format = m.containsKey("format") ? oneOf(m.get("format").getValueNode(), "er.format", ER_FORMATS) : d.format();
        int max = m.containsKey("maxTablesPerDiagram")
            ? integer(m.get("maxTablesPerDiagram").getValueNode(), "er.maxTablesPerDiagram", 1, 100_000) : d.maxTablesPerDiagram();
        return new Config.ErSettings(distance, format, max);
    }

    private Config.LintSettings lint(NodeTuple t) {
        if (t == null) {
            return Config.LintSettings.DEFAULT;
        }
        Map<String, NodeTuple> m = mapping(t.getValueNode(), "lint", "rules", "exposedSchemas", "maxCascadeDepth", "inDocs");
        Config.LintSettings d = Config.LintSettings.DEFAULT;
        Map<String, Config.RuleSettings> rules = new LinkedHashMap<>();
        if (m.containsKey("rules")) {
            for (Map.Entry<String, NodeTuple> e : mapping(m.get("rules").getValueNode(), "lint.rules").entrySet()) {
                rules.put(e.getKey(), rule(e.getValue().getValueNode(), "lint.rules." + e.getKey()));
            }
        }
        int depth = m.containsKey("maxCascadeDepth") ? integer(m.get("maxCascadeDepth").getValueNode(), "lint.maxCascadeDepth", 1, 100) : d.maxCascadeDepth();
        boolean inDocs = m.containsKey("inDocs") ? bool(m.get("inDocs").getValueNode(), "lint.inDocs") : d.inDocs();
        return new Config.LintSettings(rules, strings(m, "exposedSchemas"), depth, inDocs);
    }

    /** A rule is either a bare severity ({@code some-rule: off}) or a mapping with severity and exclude. */
    private Config.RuleSettings rule(Node node, String where) {
        if (node instanceof ScalarNode) {
            return new Config.RuleSettings(oneOf(node, where, SEVERITIES), List.of());
        }
        Map<String, NodeTuple> m = mapping(node, where, "severity", "exclude");
        String severity = m.containsKey("severity") ? oneOf(m.get("severity").getValueNode(), where + ".severity", SEVERITIES) : null;
        return new Config.RuleSettings(severity, strings(m, "exclude"));
    }

    private Config.Scenario scenario(Node node) {
        Map<String, NodeTuple> m = mapping(node, "scenarios entry", "name", "table", "operation", "columns", "desc", "description");
        String name = required(m, node, "name", "scenarios entry");
        String table = required(m, node, "table", "scenario '" + name + "'");
        String operation = required(m, node, "operation", "scenario '" + name + "'").toUpperCase(Locale.ROOT);
        if (!OPERATIONS.contains(operation)) {
            throw error(m.get("operation").getValueNode(), "scenario '" + name + "': operation must be one of INSERT, UPDATE, DELETE, TRUNCATE");
        }
        return new Config.Scenario(name, table, operation, strings(m, "columns"), desc(m, "scenario '" + name + "'"));
    }

    // ---- node helpers: each names the key and its line on failure ----

    private ConfigException error(Node node, String message) {
        return new ConfigException(file + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }

    private Map<String, NodeTuple> mapping(Node node, String where, String... allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, where + " must be a mapping (key: value)");
        }
        Set<String> allowedKeys = Set.of(allowed);
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(t.getKeyNode(), where + ": keys must be plain names");
            }
            String key = k.getValue();
            if (allowed.length > 0 && !allowedKeys.contains(key)) {
                throw error(k, "unknown key '" + key + "' in " + where + " (allowed: " + String.join(", ", allowed) + ")");
            }
            if (out.put(key, t) != null) {
                throw error(k, "key '" + key + "' appears twice in " + where);
            }
        }
        return out;
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, "'" + key + "' must be a single value");
        }
        if (s.getTag().equals(Tag.NULL)) {
            return null;
        }
        return s.getValue();
    }

    private String string(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        return t == null ? null : scalar(t.getValueNode(), key);
    }

    private String desc(Map<String, NodeTuple> m, String where) {
        if (m.containsKey("desc") && m.containsKey("description")) {
            throw error(m.get("description").getKeyNode(), where + ": give 'desc' or 'description', not both");
        }
        return m.containsKey("desc") ? string(m, "desc") : string(m, "description");
    }

    private String required(Map<String, NodeTuple> m, Node node, String key, String where) {
        String v = string(m, key);
        if (v == null || v.isBlank()) {
            throw error(m.containsKey(key) ? m.get(key).getValueNode() : node, where + ": '" + key + "' is required");
        }
        return v;
    }

    private List<Node> sequence(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            throw error(v, "'" + key + "' must be a list");
        }
        return seq.getValue();
    }

    private List<String> strings(Map<String, NodeTuple> m, String key) {
        NodeTuple t = m.get(key);
        if (t != null && t.getValueNode() instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return List.of(s.getValue()); // a single name where a list is expected is read as a list of one
        }
        List<String> out = new ArrayList<>();
        for (Node n : sequence(m, key)) {
            String v = scalar(n, key);
            if (v == null || v.isEmpty()) {
                throw error(n, "'" + key + "' holds an empty entry");
            }
            out.add(v);
        }
        return out;
    }

    private boolean bool(Node node, String key) {
        String v = scalar(node, key);
        if ("true".equals(v)) {
            return true;
        }
        if ("false".equals(v)) {
            return false;
        }
        throw error(node, "'" + key + "' must be true or false, not '" + v + "'");
    }

    private int integer(Node node, String key, int min, int max) {
        String v = scalar(node, key);
        try {
            int i = Integer.parseInt(v == null ? "" : v.strip());
            if (i < min || i > max) {
                throw error(node, "'" + key + "' must be between " + min + " and " + max + ", not " + i);
            }
            return i;
        } catch (NumberFormatException e) {
            throw error(node, "'" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    private String oneOf(Node node, String key, Set<String> allowed) {
        String v = scalar(node, key);
        String norm = v == null ? null : (allowed.contains("INSERT") ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
        if (norm == null || !allowed.contains(norm)) {
            throw error(node, "'" + key + "' must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ", not '" + v + "'");
        }
        return norm;
    }
}
