package io.schemadoc.output;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a renderer reads: the schema as documented (config already applied: include/exclude, comments
 * from the file), the config, and the derived lookups every format needs (index, page names, relations
 * including virtual ones). Analysis results (dependency graph, findings, scenarios) are attached by type with
 * {@link #with(Object)} and read with {@link #analysis(Class)}, so adding one needs no change here.
 */
public final class DocInput {
    private final Schema schema;
    private final Config config;
    private final SchemaIndex index;
    private final PageNames pages;
    private final Relations relations;
    private final Map<Class<?>, Object> analyses;

    private DocInput(Schema schema, Config config, Map<Class<?>, Object> analyses) {
        this.schema = schema;
        this.config = config;
        this.index = new SchemaIndex(schema);
        this.pages = new PageNames(schema);
        this.relations = Relations.of(schema, index, config);
        this.analyses = Map.copyOf(analyses);
    }

    /** Applies {@code config} to {@code raw} (see {@link ConfiguredSchema}) and derives the lookups. */
    public static DocInput of(Schema raw, Config config) {
        return new DocInput(ConfiguredSchema.apply(raw, config), config, Map.of());
    }

    /** A copy that also carries {@code analysis}, found again by its class. */
    public DocInput with(Object analysis) {
        Map<Class<?>, Object> more = new LinkedHashMap<>(analyses);
        more.put(analysis.getClass(), analysis);
        return new DocInput(this, more);
    }

    private DocInput(DocInput base, Map<Class<?>, Object> analyses) {
        this.schema = base.schema;
        this.config = base.config;
        this.index = base.index;
        this.pages = base.pages;
        this.relations = base.relations;
        this.analyses = Map.copyOf(analyses);
    }

    /** The attached analysis of this type, or null when none was attached. */
    public <T> T analysis(Class<T> type) {
        return type.cast(analyses.get(type));
    }

    public Schema schema() {
        return schema;
    }

    public Config config() {
        return config;
    }

    public SchemaIndex index() {
        return index;
    }

    public PageNames pages() {
        return pages;
    }

    public Relations relations() {
        return relations;
    }
}
