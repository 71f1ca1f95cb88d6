package io.schemadoc.analysis.lint;

import io.schemadoc.config.Config;
import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.Policy;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * What one rule sees while it runs: the schema, lookups over it, the lint settings, and report methods that
 * fill in the rule id, the object's location and the comments that may opt the object out.
 */
public final class LintContext {
    private final Rule rule;
    private final Schema schema;
    private final SchemaIndex index;
    private final Config.LintSettings settings;
    private final Shared shared;
    private final List<Raw> raw = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A finding before config is applied, with the comments that can carry {@code schemadoc:ignore}. */
    record Raw(Finding finding, List<String> comments) {}

    /**
     * What every rule of one lint run may read and is costly to make: the dependency graph analyses each routine body,
     * which on a schema with thousands of functions takes as long as the rest of lint, so it is made once, when a rule
     * first asks.
     */
    static final class Shared {
        private final Schema schema;
        private io.schemadoc.analysis.deps.DependencyGraph graph;

        Shared(Schema schema) {
            this.schema = schema;
        }

        synchronized io.schemadoc.analysis.deps.DependencyGraph graph() {
            if (graph == null) {
                graph = io.schemadoc.analysis.deps.DependencyGraph.of(schema);
            }
            return graph;
        }
    }

    LintContext(Rule rule, Schema schema, SchemaIndex index, Config.LintSettings settings) {
        this(rule, schema, index, settings, new Shared(schema));
    }

    LintContext(Rule rule, Schema schema, SchemaIndex index, Config.LintSettings settings, Shared shared) {
        this.shared = shared;
        this.rule = rule;
        this.schema = schema;
        this.index = index;
        this.settings = settings;
    }

    public Schema schema() {
        return schema;
    }

    public SchemaIndex index() {
        return index;
    }

    /** The dependency graph of the schema (routine bodies analysed), shared by the rules of this run. */
    public io.schemadoc.analysis.deps.DependencyGraph graph() {
        return shared.graph();
    }

    public Config.LintSettings settings() {
        return settings;
    }

    /** Tables that hold rows (tables, partitioned tables, foreign tables), not views. */
    public List<Table> tables() {
        return schema.tables().stream().filter(t -> t.kind().isTableLike()).toList();
    }

    List<Raw> raw() {
        return raw;
    }

    List<String> notes() {
        return notes;
    }

    /** A line about the run itself (why a rule held back), shown once after the findings. */
    public void note(String text) {
        notes.add(rule.id() + ": " + text);
    }

    public void table(Table t, String message) {
        add(ObjectKind.TABLE, t.schema(), t.name(), null, message, t.source(), t.comment(), null);
    }

    public void column(Table t, Column c, String message) {
        add(ObjectKind.COLUMN, t.schema(), t.name(), c.name(), message, t.source(), t.comment(), c.comment());
    }

    public void index(Table t, Index i, String message) {
        add(ObjectKind.INDEX, t.schema(), t.name(), i.name(), message, first(i.source(), t.source()), t.comment(), i.comment());
    }

    public void constraint(Table t, Constraint c, String message) {
        add(ObjectKind.CONSTRAINT, t.schema(), t.name(), c.name(), message, first(c.source(), t.source()), t.comment(), c.comment());
    }

    public void trigger(Table t, Trigger tr, String message) {
        add(ObjectKind.TRIGGER, t.schema(), t.name(), tr.name(), message, first(tr.source(), t.source()), t.comment(), tr.comment());
    }

    public void policy(Table t, Policy p, String message) {
        add(ObjectKind.POLICY, t.schema(), t.name(), p.name(), message, first(p.source(), t.source()), t.comment(), p.comment());
    }

    public void routine(Routine r, String message) {
        add(ObjectKind.ROUTINE, r.schema(), r.name() + "(" + r.argumentTypes() + ")", null, message, r.source(), r.comment(), null);
    }

    public void sequence(Sequence s, String message) {
        add(ObjectKind.SEQUENCE, s.schema(), s.name(), null, message, s.source(), s.comment(), null);
    }

    private static SourceLocation first(SourceLocation a, SourceLocation b) {
        return a != null ? a : b;
    }

    private void add(ObjectKind kind, String schemaName, String object, String member, String message,
                     SourceLocation location, String objectComment, String memberComment) {
        List<String> comments = new ArrayList<>(2);
        if (objectComment != null) {
            comments.add(objectComment);
        }
        if (memberComment != null) {
            comments.add(memberComment);
        }
        raw.add(new Raw(new Finding(rule.id(), rule.defaultSeverity(), kind, schemaName, object, member, message, location), comments));
    }
}
