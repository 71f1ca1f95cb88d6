package io.schemadoc.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code .schemadoc.yml} file, in the spirit of {@code .tbls.yml} (same key names where tbls has them).
 * Pure data: {@link ConfigLoader} reads and validates it; stages read the parts they need.
 * Every list is non-null; absent sections take their defaults.
 */
public record Config(
    String name,
    String description,
    List<String> include,
    List<String> exclude,
    List<CommentOverride> comments,
    List<VirtualRelation> relations,
    RelationDetection detectVirtualRelations,
    List<Viewpoint> viewpoints,
    ErSettings er,
    LintSettings lint,
    List<Scenario> scenarios) {

    public Config {
        include = copy(include);
        exclude = copy(exclude);
        comments = copy(comments);
        relations = copy(relations);
        detectVirtualRelations = detectVirtualRelations == null ? RelationDetection.OFF : detectVirtualRelations;
        viewpoints = copy(viewpoints);
        er = er == null ? ErSettings.DEFAULT : er;
        lint = lint == null ? LintSettings.DEFAULT : lint;
        scenarios = copy(scenarios);
    }

    public static final Config DEFAULT = new Config(null, null, null, null, null, null, null, null, null, null, null);

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Comments kept in the file for databases whose owners can't run COMMENT ON; {@code table} is {@code schema.table} or a bare name in {@code public}. */
    public record CommentOverride(String table, String tableComment, Map<String, String> columnComments) {
        public CommentOverride {
            columnComments = columnComments == null ? Map.of() : Map.copyOf(columnComments);
        }
    }

    /** A relation the database does not declare (no FK), documented as if it did. */
    public record VirtualRelation(String table, List<String> columns, String parentTable, List<String> parentColumns, String def) {
        public VirtualRelation {
            columns = copy(columns);
            parentColumns = copy(parentColumns);
        }
    }

    /** Detects virtual relations by naming: {@code user_id} → {@code users.id} (strategy {@code default}). */
    public record RelationDetection(boolean enabled, String strategy) {
        public static final RelationDetection OFF = new RelationDetection(false, "default");
    }

    /** A named subset of tables (globs over {@code schema.table}) with its own page and diagram. */
    public record Viewpoint(String name, String description, List<String> tables, List<String> schemas) {
        public Viewpoint {
            tables = copy(tables);
            schemas = copy(schemas);
        }
    }

    /** ER diagrams: {@code distance} = how many FK hops around a table its diagram shows; {@code format} mermaid or svg. */
    public record ErSettings(int distance, String format, int maxTablesPerDiagram) {
        public static final ErSettings DEFAULT = new ErSettings(1, "mermaid", 60);
    }

    /**
     * Lint: per rule id, {@code severity} (error, warning, info, off) and {@code exclude} globs over object names;
     * {@code exposedSchemas} are schemas served to clients (as Supabase exposes {@code public});
     * {@code maxCascadeDepth} bounds trigger/FK cascades; {@code inDocs} adds a Findings section to table pages.
     */
    public record LintSettings(Map<String, RuleSettings> rules, List<String> exposedSchemas, int maxCascadeDepth, boolean inDocs) {
        public static final LintSettings DEFAULT = new LintSettings(Map.of(), List.of(), 3, false);

        public LintSettings {
            rules = rules == null ? Map.of() : Map.copyOf(rules);
            exposedSchemas = copy(exposedSchemas);
        }
    }

    /** Settings of one lint rule; null fields keep the rule's defaults. */
    public record RuleSettings(String severity, List<String> exclude) {
        public RuleSettings {
            exclude = copy(exclude);
        }
    }

    /** A named "what happens when" story: an operation on a table, traced and described in the docs (seed 002). */
    public record Scenario(String name, String table, String operation, List<String> columns, String description) {
        public Scenario {
            columns = copy(columns);
        }
    }
}
