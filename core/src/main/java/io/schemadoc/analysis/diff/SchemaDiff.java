package io.schemadoc.analysis.diff;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.Index;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Policy;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares two models: schema A (before) and schema B (after) give the sorted list of {@link Change}s that
 * take A to B. Objects are matched by identity (schema + name, routines by signature, members by name within
 * their table); a rename is never guessed: it is a removal plus an addition, with a hint when the shapes match.
 * Pure: no I/O, the same inputs always give the same list.
 */
public final class SchemaDiff {
    private final DiffOptions options;
    private final ChangeList out;
    /** 1-based places of added and removed columns in their tables, for rename hints. */
    private final java.util.Map<ObjectId, Integer> ordinals = new java.util.HashMap<>();

    private SchemaDiff(DiffOptions options) {
        this.options = options;
        this.out = new ChangeList(options);
    }

    public static List<Change> compare(Schema a, Schema b, DiffOptions options) {
        SchemaDiff diff = new SchemaDiff(options == null ? DiffOptions.defaults() : options);
        diff.run(a, b);
        List<Change> changes = RenameHints.apply(diff.out.changes(), diff.ordinals);
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /** By object (see {@link ObjectId#ORDER}), then removed before added before changed, then by field. */
    static final Comparator<Change> ORDER = Comparator.comparing(Change::id, ObjectId.ORDER)
        .thenComparingInt(c -> c instanceof Change.Removed ? 0 : c instanceof Change.Added ? 1 : 2)
        .thenComparing(c -> c instanceof Change.Changed ch ? ch.field() : "", io.schemadoc.model.Names.BYTE_ORDER)
        .thenComparing(c -> c instanceof Change.Changed ch && ch.oldValue() != null ? ch.oldValue() : "", io.schemadoc.model.Names.BYTE_ORDER)
        .thenComparing(c -> c instanceof Change.Changed ch && ch.newValue() != null ? ch.newValue() : "", io.schemadoc.model.Names.BYTE_ORDER);

    private boolean kept(String schema) {
        return !options.ignoresSchema(schema);
    }

    private <T> List<T> kept(List<T> list, java.util.function.Function<T, String> schema) {
        return list.stream().filter(t -> kept(schema.apply(t))).toList();
    }

    private <T> List<T> kept(List<T> list, java.util.function.Function<T, String> schema, java.util.function.Function<T, String> name) {
        return list.stream().filter(t -> !options.ignoresObject(schema.apply(t), name.apply(t))).toList();
    }

    private void run(Schema a, Schema b) {
        Matching.match(kept(a.schemas(), Namespace::name), kept(b.schemas(), Namespace::name), Namespace::name,
            n -> out.removed(schemaId(n), null, n), n -> out.added(schemaId(n), null, n), this::namespace);
        Matching.match(kept(a.extensions(), Extension::schema), kept(b.extensions(), Extension::schema), Extension::name,
            e -> out.removed(extensionId(e), Summaries.extension(e), e), e -> out.added(extensionId(e), Summaries.extension(e), e), this::extension);
        Matching.match(kept(a.enums(), EnumType::schema, EnumType::name), kept(b.enums(), EnumType::schema, EnumType::name), e -> key(e.schema(), e.name()),
            e -> out.removed(enumId(e), Summaries.enumType(e), e), e -> out.added(enumId(e), Summaries.enumType(e), e), this::enumType);
        Matching.match(kept(a.domains(), Domain::schema, Domain::name), kept(b.domains(), Domain::schema, Domain::name), d -> key(d.schema(), d.name()),
            d -> out.removed(domainId(d), d.baseType(), d), d -> out.added(domainId(d), d.baseType(), d), this::domain);
        Matching.match(kept(a.compositeTypes(), CompositeType::schema, CompositeType::name), kept(b.compositeTypes(), CompositeType::schema, CompositeType::name), t -> key(t.schema(), t.name()),
            t -> out.removed(compositeId(t), Summaries.composite(t), t), t -> out.added(compositeId(t), Summaries.composite(t), t), this::composite);
        // An identity column's sequence is part of the column (its identity is compared there); only
        // free-standing and serial sequences are objects of their own.
        Matching.match(freeSequences(a), freeSequences(b), s -> key(s.schema(), s.name()),
            s -> out.removed(sequenceId(s), s.dataType(), s), s -> out.added(sequenceId(s), s.dataType(), s), this::sequence);
        Matching.match(kept(a.tables(), Table::schema, Table::name), kept(b.tables(), Table::schema, Table::name), t -> tableId(t).toString(),
            t -> out.removed(tableId(t), Summaries.table(t), t), t -> out.added(tableId(t), Summaries.table(t), t), this::table);
        Matching.match(kept(a.routines(), Routine::schema, Routine::name), kept(b.routines(), Routine::schema, Routine::name), Routine::signature,
            r -> out.removed(routineId(r), Summaries.routine(r), r), r -> out.added(routineId(r), Summaries.routine(r), r), this::routine);
    }

    private List<Sequence> freeSequences(Schema s) {
        return kept(s.sequences(), Sequence::schema, Sequence::name).stream().filter(q -> !q.ownedByIdentity()).toList();
    }

    static String key(String schema, String name) {
        return schema + "\u0000" + name;
    }

    static ObjectId schemaId(Namespace n) {
        return new ObjectId(ObjectKind.SCHEMA, n.name(), null, null, n.name());
    }

    static ObjectId extensionId(Extension e) {
        return ObjectId.of(ObjectKind.EXTENSION, null, e.name());
    }

    static ObjectId enumId(EnumType e) {
        return ObjectId.of(ObjectKind.ENUM, e.schema(), e.name());
    }

    static ObjectId domainId(Domain d) {
        return ObjectId.of(ObjectKind.DOMAIN, d.schema(), d.name());
    }

    static ObjectId compositeId(CompositeType t) {
        return ObjectId.of(ObjectKind.COMPOSITE_TYPE, t.schema(), t.name());
    }

    static ObjectId sequenceId(Sequence s) {
        return ObjectId.of(ObjectKind.SEQUENCE, s.schema(), s.name());
    }

    static ObjectId routineId(Routine r) {
        return ObjectId.of(ObjectKind.ROUTINE, r.schema(), r.name() + "(" + r.argumentTypes() + ")");
    }

    /** A table and a partitioned table are the same kind of object; a table and a view are not. */
    static ObjectId tableId(Table t) {
        return ObjectId.of(relationKind(t.kind()), t.schema(), t.name());
    }

    static ObjectKind relationKind(TableKind kind) {
        if (kind == null) {
            return ObjectKind.TABLE;
        }
        return switch (kind) {
            case TABLE, PARTITIONED_TABLE -> ObjectKind.TABLE;
            case FOREIGN_TABLE -> ObjectKind.FOREIGN_TABLE;
            case VIEW -> ObjectKind.VIEW;
            case MATERIALIZED_VIEW -> ObjectKind.MATERIALIZED_VIEW;
        };
    }

    private void namespace(Namespace a, Namespace b) {
        ObjectId id = schemaId(a);
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private void extension(Extension a, Extension b) {
        ObjectId id = extensionId(a);
        out.field(id, "version", a.version(), b.version());
        out.field(id, "schema", a.schema(), b.schema());
        out.comment(id, a.comment(), b.comment());
    }

    private void enumType(EnumType a, EnumType b) {
        ObjectId id = enumId(a);
        for (String label : a.labels()) {
            if (!b.labels().contains(label)) {
                out.field(id, "label", label, null);
            }
        }
        for (String label : b.labels()) {
            if (!a.labels().contains(label)) {
                out.field(id, "label", null, label);
            }
        }
        if (!Matching.sameRelativeOrder(a.labels(), b.labels())) {
            out.field(id, "labelOrder", a.labels(), b.labels());
        }
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private void domain(Domain a, Domain b) {
        ObjectId id = domainId(a);
        out.field(id, "baseType", a.baseType(), b.baseType());
        out.field(id, "default", a.defaultValue(), b.defaultValue());
        out.field(id, "notNull", a.notNull(), b.notNull());
        out.field(id, "collation", a.collation(), b.collation());
        Matching.match(a.checks(), b.checks(), Domain.Check::name,
            c -> out.field(id, "check " + c.name(), c.definition(), null),
            c -> out.field(id, "check " + c.name(), null, c.definition()),
            (x, y) -> {
                out.field(id, "check " + x.name(), x.definition(), y.definition());
                out.field(id, "check " + x.name() + " validated", x.validated(), y.validated());
            });
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private void composite(CompositeType a, CompositeType b) {
        ObjectId id = compositeId(a);
        Matching.match(a.attributes(), b.attributes(), CompositeType.Attribute::name,
            x -> out.field(id, "attribute " + x.name(), Summaries.attribute(x), null),
            y -> out.field(id, "attribute " + y.name(), null, Summaries.attribute(y)),
            (x, y) -> {
                out.field(id, "attribute " + x.name(), Summaries.attribute(x), Summaries.attribute(y));
                if (!options.ignoreComments()) {
                    out.field(id, "attribute " + x.name() + " comment", x.comment(), y.comment());
                }
            });
        List<String> namesA = a.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<String> namesB = b.attributes().stream().map(CompositeType.Attribute::name).toList();
        if (!options.ignoreColumnOrder() && !Matching.sameRelativeOrder(namesA, namesB)) {
            out.field(id, "attributeOrder", namesA, namesB);
        }
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private void sequence(Sequence a, Sequence b) {
        ObjectId id = sequenceId(a);
        out.field(id, "dataType", a.dataType(), b.dataType());
        out.field(id, "start", a.start(), b.start());
        out.field(id, "increment", a.increment(), b.increment());
        out.field(id, "minValue", a.minValue(), b.minValue());
        out.field(id, "maxValue", a.maxValue(), b.maxValue());
        out.field(id, "cache", a.cache(), b.cache());
        out.field(id, "cycle", a.cycle(), b.cycle());
        out.field(id, "ownedBy", Summaries.ownedBy(a.ownedBy()), Summaries.ownedBy(b.ownedBy()));
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private void routine(Routine a, Routine b) {
        ObjectId id = routineId(a);
        out.field(id, "kind", a.kind(), b.kind());
        out.field(id, "returns", a.returns(), b.returns());
        out.field(id, "arguments", a.argumentsText(), b.argumentsText());
        out.field(id, "language", a.language(), b.language());
        out.field(id, "volatility", a.volatility(), b.volatility());
        out.field(id, "strict", a.strict(), b.strict());
        out.field(id, "security", security(a), security(b));
        out.field(id, "leakproof", a.leakproof(), b.leakproof());
        out.field(id, "settings", a.settings(), b.settings());
        out.field(id, "body", a.body(), b.body());
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
    }

    private static String security(Routine r) {
        return r.securityDefiner() ? "definer" : "invoker";
    }

    private void table(Table a, Table b) {
        ObjectId id = tableId(a);
        if (id.kind() == ObjectKind.TABLE) {
            out.field(id, "kind", Summaries.kind(a.kind()), Summaries.kind(b.kind()));
        }
        out.field(id, "definition", a.viewDefinition(), b.viewDefinition());
        out.field(id, "rlsEnabled", a.rlsEnabled(), b.rlsEnabled());
        out.field(id, "rlsForced", a.rlsForced(), b.rlsForced());
        out.field(id, "unlogged", a.unlogged(), b.unlogged());
        out.field(id, "partitionKey", a.partitionKey(), b.partitionKey());
        out.field(id, "partitionOf", a.partitionOf(), b.partitionOf());
        out.field(id, "partitionBound", a.partitionBound(), b.partitionBound());
        out.field(id, "inherits", a.inherits(), b.inherits());
        out.owner(id, a.owner(), b.owner());
        out.comment(id, a.comment(), b.comment());
        columns(id, a, b);
        Matching.match(constraints(a), constraints(b), Constraint::name,
            c -> out.removed(ObjectId.member(ObjectKind.CONSTRAINT, id, c.name()), c.definition(), c),
            c -> out.added(ObjectId.member(ObjectKind.CONSTRAINT, id, c.name()), c.definition(), c),
            (x, y) -> constraint(ObjectId.member(ObjectKind.CONSTRAINT, id, x.name()), x, y));
        Matching.match(indexes(a), indexes(b), Index::name,
            i -> out.removed(ObjectId.member(ObjectKind.INDEX, id, i.name()), i.definition(), i),
            i -> out.added(ObjectId.member(ObjectKind.INDEX, id, i.name()), i.definition(), i),
            (x, y) -> index(ObjectId.member(ObjectKind.INDEX, id, x.name()), x, y));
        Matching.match(triggers(a), triggers(b), Trigger::name,
            t -> out.removed(ObjectId.member(ObjectKind.TRIGGER, id, t.name()), t.definition(), t),
            t -> out.added(ObjectId.member(ObjectKind.TRIGGER, id, t.name()), t.definition(), t),
            (x, y) -> trigger(ObjectId.member(ObjectKind.TRIGGER, id, x.name()), x, y));
        Matching.match(a.policies(), b.policies(), Policy::name,
            p -> out.removed(ObjectId.member(ObjectKind.POLICY, id, p.name()), Summaries.policy(p), p),
            p -> out.added(ObjectId.member(ObjectKind.POLICY, id, p.name()), Summaries.policy(p), p),
            (x, y) -> policy(ObjectId.member(ObjectKind.POLICY, id, x.name()), x, y));
    }

    private void columns(ObjectId table, Table a, Table b) {
        List<String> namesA = a.columns().stream().map(Column::name).toList();
        List<String> namesB = b.columns().stream().map(Column::name).toList();
        java.util.Set<String> moved = options.ignoreColumnOrder() ? java.util.Set.of() : Matching.moved(namesA, namesB);
        Matching.match(a.columns(), b.columns(), Column::name,
            c -> {
                ObjectId id = ObjectId.member(ObjectKind.COLUMN, table, c.name());
                ordinals.put(id, namesA.indexOf(c.name()) + 1);
                out.removed(id, Summaries.column(c), c);
            },
            c -> {
                ObjectId id = ObjectId.member(ObjectKind.COLUMN, table, c.name());
                ordinals.put(id, namesB.indexOf(c.name()) + 1);
                out.added(id, Summaries.column(c), c);
            },
            (x, y) -> {
                ObjectId id = ObjectId.member(ObjectKind.COLUMN, table, x.name());
                out.field(id, "type", x.type(), y.type());
                out.field(id, "default", x.defaultValue(), y.defaultValue());
                out.field(id, "nullable", x.nullable(), y.nullable());
                out.field(id, "identity", x.identity(), y.identity());
                out.field(id, "generated", Summaries.generation(x), Summaries.generation(y));
                out.field(id, "collation", x.collation(), y.collation());
                out.comment(id, x.comment(), y.comment());
                // Only a move relative to the columns both sides have counts: adding or dropping
                // a column must not report every later column as moved, nor moving one all the others.
                if (moved.contains(x.name())) {
                    out.field(id, "position", namesA.indexOf(x.name()) + 1, namesB.indexOf(x.name()) + 1);
                }
            });
    }

    /**
     * Constraints cloned onto partitions follow their parent's; NOT NULL constraints (catalogued from
     * PostgreSQL 18) are the columns' nullability, compared there, so servers of different majors compare equal.
     */
    private static List<Constraint> constraints(Table t) {
        return t.constraints().stream().filter(c -> !c.inherited() && c.type() != Constraint.Type.NOT_NULL).toList();
    }

    /** An index that backs a constraint (primary key, unique, exclusion) comes and goes with the constraint. */
    private static List<Index> indexes(Table t) {
        return t.indexes().stream().filter(i -> !i.inherited() && i.constraint() == null).toList();
    }

    private static List<Trigger> triggers(Table t) {
        return t.triggers().stream().filter(x -> !x.inherited()).toList();
    }

    private void constraint(ObjectId id, Constraint a, Constraint b) {
        out.field(id, "type", a.type() == null ? null : a.type().label(), b.type() == null ? null : b.type().label());
        out.field(id, "definition", a.definition(), b.definition());
        out.field(id, "deferrable", a.deferrable(), b.deferrable());
        out.field(id, "initiallyDeferred", a.initiallyDeferred(), b.initiallyDeferred());
        out.field(id, "validated", a.validated(), b.validated());
        out.comment(id, a.comment(), b.comment());
    }

    private void index(ObjectId id, Index a, Index b) {
        out.field(id, "definition", a.definition(), b.definition());
        out.field(id, "valid", a.valid(), b.valid());
        out.comment(id, a.comment(), b.comment());
    }

    private void trigger(ObjectId id, Trigger a, Trigger b) {
        out.field(id, "definition", a.definition(), b.definition());
        out.field(id, "enabled", a.enabled(), b.enabled());
        out.comment(id, a.comment(), b.comment());
    }

    private void policy(ObjectId id, Policy a, Policy b) {
        out.field(id, "command", a.command(), b.command());
        out.field(id, "permissive", a.permissive(), b.permissive());
        out.field(id, "roles", a.roles(), b.roles());
        out.field(id, "using", a.using(), b.using());
        out.field(id, "withCheck", a.withCheck(), b.withCheck());
        out.comment(id, a.comment(), b.comment());
    }
}
