package io.schemadoc.output.diff;

import io.schemadoc.analysis.diff.Change;
import io.schemadoc.analysis.diff.DiffObjects;
import io.schemadoc.analysis.diff.ObjectId;
import io.schemadoc.analysis.diff.ObjectKind;
import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.Index;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A DRAFT of the DDL that takes schema A to schema B, for the simple cases: objects added and dropped
 * (columns, constraints, indexes, triggers, policies, tables, views, types, sequences, plain functions),
 * defaults, nullability, comments, owners. What it cannot do safely is listed at the top as {@code -- TODO}
 * lines: type changes that may need USING, renames, column order, enum labels removed, partitioning changes.
 * Statements come in dependency order (drops first, then creates from schemas down to triggers and comments);
 * it is not wrapped in a transaction because {@code ALTER TYPE … ADD VALUE} cannot be used in the one that adds it.
 */
public final class SqlDraftRenderer {

    /** The order statements are written in: what depends on something comes after it. */
    private enum Phase {
        DROP_POLICIES, DROP_TRIGGERS, DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_INDEXES, DROP_VIEWS, DROP_COLUMNS,
        DROP_TABLES, DROP_ROUTINES, DROP_SEQUENCES, DROP_TYPES, DROP_EXTENSIONS, DROP_SCHEMAS,
        SCHEMAS, EXTENSIONS, TYPES, SEQUENCES, TABLES, COLUMNS, ROUTINES, VIEWS, CONSTRAINTS, FOREIGN_KEYS, INDEXES,
        TRIGGERS, POLICIES, SEQUENCE_OWNERS, COMMENTS, OWNERS
    }

    private final DiffObjects a;
    private final DiffObjects b;
    private final Schema schemaA;
    private final Schema schemaB;
    private final Map<Phase, Set<String>> sql = new EnumMap<>(Phase.class);
    private final Set<String> todos = new LinkedHashSet<>();
    private final Set<ObjectId> changedIds = new HashSet<>();
    private final List<Table> addedViews = new ArrayList<>();
    private final List<Table> removedViews = new ArrayList<>();
    private final List<Table> removedTables = new ArrayList<>();

    private SqlDraftRenderer(Schema schemaA, Schema schemaB) {
        this.schemaA = schemaA;
        this.schemaB = schemaB;
        this.a = new DiffObjects(schemaA);
        this.b = new DiffObjects(schemaB);
        for (Phase p : Phase.values()) {
            sql.put(p, new LinkedHashSet<>());
        }
    }

    /** The draft for {@code report}, whose changes were computed from {@code schemaA} to {@code schemaB}. */
    public static String render(DiffReport report, Schema schemaA, Schema schemaB) {
        SqlDraftRenderer draft = new SqlDraftRenderer(schemaA, schemaB);
        for (Change c : report.changes()) {
            if (c instanceof Change.Changed ch) {
                draft.changedIds.add(c.id());
                draft.fieldsChanged.add(c.id() + "\u0000" + ch.field());
            }
        }
        for (Change c : report.changes()) {
            if (c instanceof Change.Added x) {
                draft.added(x);
            } else if (c instanceof Change.Removed x) {
                draft.removed(x);
            } else {
                draft.changed((Change.Changed) c);
            }
        }
        draft.views();
        return draft.text(report);
    }

    private String text(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("-- DRAFT written by `schemadoc diff --sql`: DDL that may take A to B, for the simple cases only.\n");
        out.append("-- Review it and try it on a copy first; it is not a migration tool.\n");
        out.append("-- A: ").append(Sql.comment(report.from())).append('\n');
        out.append("-- B: ").append(Sql.comment(report.to())).append('\n');
        if (report.equal()) {
            out.append("-- No differences: nothing to do.\n");
            return out.toString();
        }
        for (String todo : todos) {
            out.append("-- TODO: ").append(Sql.comment(todo)).append('\n');
        }
        for (Phase p : Phase.values()) {
            Set<String> statements = sql.get(p);
            if (statements.isEmpty()) {
                continue;
            }
            out.append('\n');
            for (String s : statements) {
                out.append(s).append('\n');
            }
        }
        return out.toString();
    }

    private void emit(Phase phase, String statement) {
        sql.get(phase).add(statement + ";");
    }

    private void todo(String what) {
        todos.add(what);
    }

    // ---- added -----------------------------------------------------------------------------------------------

    private void added(Change.Added c) {
        ObjectId id = c.id();
        switch (id.kind()) {
            case SCHEMA -> emit(Phase.SCHEMAS, "CREATE SCHEMA " + Sql.ident(id.name()));
            case EXTENSION -> {
                Extension e = (Extension) c.object();
                emit(Phase.EXTENSIONS, "CREATE EXTENSION IF NOT EXISTS " + Sql.ident(e.name())
                    + (e.schema() == null ? "" : " WITH SCHEMA " + Sql.ident(e.schema())));
            }
            case ENUM -> {
                EnumType e = (EnumType) c.object();
                emit(Phase.TYPES, "CREATE TYPE " + Sql.qualified(e.schema(), e.name()) + " AS ENUM ("
                    + e.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")");
                comment(id, null, e.comment());
            }
            case DOMAIN -> createDomain((Domain) c.object());
            case COMPOSITE_TYPE -> createComposite((CompositeType) c.object());
            case SEQUENCE -> createSequence((Sequence) c.object());
            case TABLE -> createTable((Table) c.object());
            case VIEW, MATERIALIZED_VIEW -> addedViews.add((Table) c.object());
            case FOREIGN_TABLE -> todo("create foreign table " + id.displayName() + " (server and options are not in the model)");
            case ROUTINE -> createRoutine((Routine) c.object(), "create");
            case COLUMN -> {
                Column col = (Column) c.object();
                Table after = b.get(id.owner(), Table.class);
                Table before = a.get(id.owner(), Table.class);
                if (after != null && before != null && after.columns().stream()
                        .dropWhile(x -> !x.name().equals(col.name())).anyMatch(x -> before.column(x.name()) != null)) {
                    todo("column " + describe(id) + " is not last in B, but ADD COLUMN appends it: the column order will differ (recreate the table, or compare with --ignore column-order)");
                }
                if (!col.nullable() && col.defaultValue() == null && col.identity() == null && col.generated() == null) {
                    todo("column " + describe(id) + " is added NOT NULL without a default: the ADD COLUMN fails if the table has rows (add it nullable, fill it, then SET NOT NULL)");
                }
                emit(Phase.COLUMNS, "ALTER TABLE " + table(id) + " ADD COLUMN " + columnDefinition(col));
            }
            case CONSTRAINT -> addConstraint(id, (Constraint) c.object());
            case INDEX -> emit(Phase.INDEXES, indexDefinition(((Index) c.object()).definition()));
            case TRIGGER -> createTrigger(id, (Trigger) c.object());
            case POLICY -> emit(Phase.POLICIES, createPolicy(id, (Policy) c.object()));
        }
        if (id.kind().isMember()) {
            comment(id, null, memberComment(c.object()));
        }
    }

    private void createDomain(Domain d) {
        StringBuilder s = new StringBuilder("CREATE DOMAIN " + Sql.qualified(d.schema(), d.name()) + " AS " + d.baseType());
        if (d.collation() != null) {
            s.append(" COLLATE ").append(Sql.ident(d.collation()));
        }
        if (d.defaultValue() != null) {
            s.append(" DEFAULT ").append(d.defaultValue());
        }
        if (d.notNull()) {
            s.append(" NOT NULL");
        }
        for (Domain.Check check : d.checks()) {
            s.append(" CONSTRAINT ").append(Sql.ident(check.name())).append(' ').append(check.definition());
        }
        emit(Phase.TYPES, s.toString());
        comment(new ObjectId(ObjectKind.DOMAIN, d.schema(), null, null, d.name()), null, d.comment());
    }

    private void createComposite(CompositeType t) {
        emit(Phase.TYPES, "CREATE TYPE " + Sql.qualified(t.schema(), t.name()) + " AS ("
            + t.attributes().stream().map(x -> Sql.ident(x.name()) + " " + attribute(x)).collect(Collectors.joining(", ")) + ")");
        comment(new ObjectId(ObjectKind.COMPOSITE_TYPE, t.schema(), null, null, t.name()), null, t.comment());
        for (CompositeType.Attribute x : t.attributes()) {
            if (x.comment() != null) {
                emit(Phase.COMMENTS, "COMMENT ON COLUMN " + Sql.qualified(t.schema(), t.name()) + "." + Sql.ident(x.name()) + " IS " + Sql.literal(x.comment()));
            }
        }
    }

    private static String attribute(CompositeType.Attribute x) {
        return x.type() + (x.collation() == null ? "" : " COLLATE " + Sql.ident(x.collation()));
    }

    private void createSequence(Sequence q) {
        emit(Phase.SEQUENCES, "CREATE SEQUENCE " + Sql.qualified(q.schema(), q.name()) + " AS " + q.dataType()
            + " INCREMENT BY " + q.increment() + " MINVALUE " + q.minValue() + " MAXVALUE " + q.maxValue()
            + " START WITH " + q.start() + " CACHE " + q.cache() + (q.cycle() ? " CYCLE" : " NO CYCLE"));
        if (q.ownedBy() != null) {
            emit(Phase.SEQUENCE_OWNERS, "ALTER SEQUENCE " + Sql.qualified(q.schema(), q.name()) + " OWNED BY " + ownedBy(q.ownedBy()));
        }
        comment(new ObjectId(ObjectKind.SEQUENCE, q.schema(), null, null, q.name()), null, q.comment());
    }

    private static String ownedBy(Sequence.ColumnRef ref) {
        return ref == null ? "NONE" : Sql.qualified(ref.schema(), ref.table()) + "." + Sql.ident(ref.column());
    }

    private void createTable(Table t) {
        ObjectId id = DiffObjects.idOf(t);
        String name = Sql.qualified(t.schema(), t.name());
        if (t.partitionOf() != null) {
            emit(Phase.TABLES, "CREATE TABLE " + name + " PARTITION OF " + Sql.qualified(t.partitionOf().schema(), t.partitionOf().name())
                + " " + t.partitionBound());
        } else {
            StringBuilder s = new StringBuilder("CREATE ");
            if (t.unlogged()) {
                s.append("UNLOGGED ");
            }
            s.append("TABLE ").append(name).append(" (");
            List<String> columns = t.columns().stream().map(SqlDraftRenderer::columnDefinition).toList();
            s.append(columns.isEmpty() ? "" : "\n    " + String.join(",\n    ", columns) + "\n");
            s.append(')');
            if (!t.inherits().isEmpty()) {
                s.append(" INHERITS (").append(t.inherits().stream().map(q -> Sql.qualified(q.schema(), q.name())).collect(Collectors.joining(", "))).append(')');
            }
            if (t.partitionKey() != null) {
                s.append(" PARTITION BY ").append(t.partitionKey());
            }
            emit(Phase.TABLES, s.toString());
        }
        members(id, t);
    }

    /** Constraints, indexes, triggers, RLS, policies and comments of a table or view created by the draft. */
    private void members(ObjectId id, Table t) {
        for (Constraint c : t.constraints()) {
            if (!c.inherited() && c.type() != Constraint.Type.NOT_NULL) {
                addConstraint(member(ObjectKind.CONSTRAINT, id, c.name()), c);
                comment(member(ObjectKind.CONSTRAINT, id, c.name()), null, c.comment());
            }
        }
        for (Index i : t.indexes()) {
            if (!i.inherited() && i.constraint() == null) {
                emit(Phase.INDEXES, indexDefinition(i.definition()));
            }
            if (!i.inherited()) {
                comment(member(ObjectKind.INDEX, id, i.name()), null, i.comment());
            }
        }
        for (Trigger x : t.triggers()) {
            if (!x.inherited()) {
                createTrigger(member(ObjectKind.TRIGGER, id, x.name()), x);
                comment(member(ObjectKind.TRIGGER, id, x.name()), null, x.comment());
            }
        }
        if (t.rlsEnabled()) {
            emit(Phase.POLICIES, "ALTER TABLE " + table(id) + " ENABLE ROW LEVEL SECURITY");
        }
        if (t.rlsForced()) {
            emit(Phase.POLICIES, "ALTER TABLE " + table(id) + " FORCE ROW LEVEL SECURITY");
        }
        for (Policy p : t.policies()) {
            emit(Phase.POLICIES, createPolicy(member(ObjectKind.POLICY, id, p.name()), p));
            comment(member(ObjectKind.POLICY, id, p.name()), null, p.comment());
        }
        comment(id, null, t.comment());
        for (Column c : t.columns()) {
            comment(member(ObjectKind.COLUMN, id, c.name()), null, c.comment());
        }
    }

    private static ObjectId member(ObjectKind kind, ObjectId table, String name) {
        return new ObjectId(kind, table.schema(), table.name(), table.kind(), name);
    }

    /**
     * pg_get_indexdef writes an index of a partitioned table {@code ON ONLY parent}: created that way it stays
     * invalid until each partition's index is attached. Without ONLY, PostgreSQL builds and attaches them itself.
     */
    static String indexDefinition(String definition) {
        int on = definition.indexOf(" ON ONLY ");
        return on < 0 ? definition : definition.substring(0, on) + " ON " + definition.substring(on + " ON ONLY ".length());
    }

    static String columnDefinition(Column c) {
        StringBuilder s = new StringBuilder(Sql.ident(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            s.append(" COLLATE ").append(Sql.ident(c.collation()));
        }
        if (c.generated() != null) {
            s.append(" GENERATED ALWAYS AS (").append(c.generationExpression()).append(") ").append(c.generated().name());
        } else if (c.defaultValue() != null) {
            s.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.identity() != null) {
            s.append(identity(c.identity()));
        }
        if (!c.nullable()) {
            s.append(" NOT NULL");
        }
        return s.toString();
    }

    private static String identity(Column.Identity identity) {
        return identity == Column.Identity.ALWAYS ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY";
    }

    private void addConstraint(ObjectId id, Constraint c) {
        Phase phase = c.type() == Constraint.Type.FOREIGN_KEY ? Phase.FOREIGN_KEYS : Phase.CONSTRAINTS;
        if (c.type() == Constraint.Type.TRIGGER) {
            todo("constraint trigger " + id.name() + " on " + id.schema() + "." + id.table() + ": create it with CREATE CONSTRAINT TRIGGER");
            return;
        }
        emit(phase, "ALTER TABLE " + table(id) + " ADD CONSTRAINT " + Sql.ident(c.name()) + " " + c.definition());
    }

    private void createTrigger(ObjectId id, Trigger t) {
        emit(Phase.TRIGGERS, t.definition());
        if (t.enabled() != null && t.enabled() != Trigger.Enabled.ORIGIN) {
            emit(Phase.TRIGGERS, enableTrigger(id, t.enabled()));
        }
    }

    private String enableTrigger(ObjectId id, Trigger.Enabled enabled) {
        String how = switch (enabled) {
            case ORIGIN -> "ENABLE TRIGGER ";
            case DISABLED -> "DISABLE TRIGGER ";
            case REPLICA -> "ENABLE REPLICA TRIGGER ";
            case ALWAYS -> "ENABLE ALWAYS TRIGGER ";
        };
        return "ALTER TABLE " + table(id) + " " + how + Sql.ident(id.name());
    }

    private String createPolicy(ObjectId id, Policy p) {
        StringBuilder s = new StringBuilder("CREATE POLICY " + Sql.ident(p.name()) + " ON " + table(id));
        s.append(p.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE");
        s.append(" FOR ").append(p.command().name());
        s.append(" TO ").append(p.roles().isEmpty() ? "PUBLIC"
            : p.roles().stream().map(r -> r.equalsIgnoreCase("public") ? "PUBLIC" : Sql.ident(r)).collect(Collectors.joining(", ")));
        if (p.using() != null) {
            s.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            s.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        return s.toString();
    }

    private void createRoutine(Routine r, String verb) {
        String name = r.schema() + "." + r.name() + "(" + r.argumentTypes() + ")";
        if (r.kind() == Routine.Kind.AGGREGATE || r.kind() == Routine.Kind.WINDOW) {
            todo(verb + " " + r.kind().name().toLowerCase(Locale.ROOT) + " " + name + " by hand");
            return;
        }
        if (r.body() == null || "c".equals(r.language()) || "internal".equals(r.language())) {
            todo(verb + " routine " + name + " by hand (language " + r.language() + ")");
            return;
        }
        StringBuilder s = new StringBuilder("CREATE OR REPLACE ");
        s.append(r.kind() == Routine.Kind.PROCEDURE ? "PROCEDURE " : "FUNCTION ");
        s.append(Sql.qualified(r.schema(), r.name())).append('(').append(r.argumentsText() == null ? "" : r.argumentsText()).append(')');
        if (r.kind() == Routine.Kind.FUNCTION && r.returns() != null) {
            s.append("\n RETURNS ").append(r.returns());
        }
        s.append("\n LANGUAGE ").append(Sql.ident(r.language()));
        if (r.kind() == Routine.Kind.FUNCTION) {
            if (r.volatility() != null) {
                s.append(' ').append(r.volatility().name());
            }
            if (r.strict()) {
                s.append(" STRICT");
            }
            if (r.leakproof()) {
                s.append(" LEAKPROOF");
            }
        }
        if (r.securityDefiner()) {
            s.append(" SECURITY DEFINER");
        }
        for (String setting : r.settings()) {
            s.append("\n SET ").append(setting(setting));
        }
        if (r.atomicBody()) {
            s.append('\n').append(r.body());
        } else {
            s.append("\nAS ").append(Sql.dollarQuoted(r.body()));
        }
        emit(Phase.ROUTINES, s.toString());
    }

    /** {@code name=value} from proconfig as a SET clause; list settings such as search_path split into literals. */
    private static String setting(String entry) {
        int eq = entry.indexOf('=');
        String key = eq < 0 ? entry : entry.substring(0, eq);
        String value = eq < 0 ? "" : entry.substring(eq + 1);
        if (key.equalsIgnoreCase("search_path")) {
            List<String> parts = new ArrayList<>();
            for (String part : value.split(",")) {
                String p = part.strip();
                if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                    p = p.substring(1, p.length() - 1).replace("\"\"", "\"");
                }
                parts.add(Sql.literal(p));
            }
            return Sql.ident(key) + " TO " + String.join(", ", parts);
        }
        return Sql.ident(key) + " TO " + Sql.literal(value);
    }

    // ---- removed ---------------------------------------------------------------------------------------------

    private void removed(Change.Removed c) {
        ObjectId id = c.id();
        if (c.hint() != null) {
            todo(id.kind().label() + " " + describe(id) + " removed, " + c.hint() + ": if it is a rename, use ALTER … RENAME instead of the DROP and CREATE below");
        }
        switch (id.kind()) {
            case SCHEMA -> emit(Phase.DROP_SCHEMAS, "DROP SCHEMA " + Sql.ident(id.name()));
            case EXTENSION -> emit(Phase.DROP_EXTENSIONS, "DROP EXTENSION " + Sql.ident(id.name()));
            case ENUM, COMPOSITE_TYPE -> emit(Phase.DROP_TYPES, "DROP TYPE " + object(id));
            case DOMAIN -> emit(Phase.DROP_TYPES, "DROP DOMAIN " + object(id));
            case SEQUENCE -> {
                Sequence q = (Sequence) c.object();
                // A sequence owned by a column goes with its column or table; IF EXISTS keeps the draft running.
                emit(Phase.DROP_SEQUENCES, "DROP SEQUENCE " + (q.ownedBy() != null ? "IF EXISTS " : "") + object(id));
            }
            case TABLE -> removedTables.add((Table) c.object());
            case FOREIGN_TABLE -> emit(Phase.DROP_TABLES, "DROP FOREIGN TABLE " + object(id));
            case VIEW, MATERIALIZED_VIEW -> removedViews.add((Table) c.object());
            case ROUTINE -> {
                Routine r = (Routine) c.object();
                emit(Phase.DROP_ROUTINES, "DROP " + routineKeyword(r) + " " + routine(r));
            }
            case COLUMN -> emit(Phase.DROP_COLUMNS, "ALTER TABLE " + table(id) + " DROP COLUMN " + Sql.ident(id.name()));
            case CONSTRAINT -> dropConstraint(id, (Constraint) c.object());
            case INDEX -> emit(Phase.DROP_INDEXES, "DROP INDEX " + Sql.qualified(id.schema(), id.name()));
            case TRIGGER -> emit(Phase.DROP_TRIGGERS, "DROP TRIGGER " + Sql.ident(id.name()) + " ON " + table(id));
            case POLICY -> emit(Phase.DROP_POLICIES, "DROP POLICY " + Sql.ident(id.name()) + " ON " + table(id));
        }
    }

    private void dropConstraint(ObjectId id, Constraint c) {
        emit(c.type() == Constraint.Type.FOREIGN_KEY ? Phase.DROP_FOREIGN_KEYS : Phase.DROP_CONSTRAINTS,
            "ALTER TABLE " + table(id) + " DROP CONSTRAINT " + Sql.ident(id.name()));
    }

    // ---- changed ---------------------------------------------------------------------------------------------

    private void changed(Change.Changed c) {
        ObjectId id = c.id();
        String field = c.field();
        if (field.equals("comment")) {
            comment(id, c.oldValue(), c.newValue());
            return;
        }
        if (field.equals("owner")) {
            owner(id, c.newValue());
            return;
        }
        switch (id.kind()) {
            case SCHEMA -> todo(what(c));
            case EXTENSION -> {
                if (field.equals("version") && c.newValue() != null) {
                    emit(Phase.EXTENSIONS, "ALTER EXTENSION " + Sql.ident(id.name()) + " UPDATE TO " + Sql.literal(c.newValue()));
                } else if (field.equals("schema") && c.newValue() != null) {
                    emit(Phase.EXTENSIONS, "ALTER EXTENSION " + Sql.ident(id.name()) + " SET SCHEMA " + Sql.ident(c.newValue()));
                } else {
                    todo(what(c));
                }
            }
            case ENUM -> enumChanged(c);
            case DOMAIN -> domainChanged(c);
            case COMPOSITE_TYPE -> compositeChanged(c);
            case SEQUENCE -> sequenceChanged(c);
            case TABLE, FOREIGN_TABLE, VIEW, MATERIALIZED_VIEW -> relationChanged(c);
            case ROUTINE -> routineChanged(c);
            case COLUMN -> columnChanged(c);
            case CONSTRAINT -> constraintChanged(c);
            case INDEX -> {
                if (field.equals("definition")) {
                    emit(Phase.DROP_INDEXES, "DROP INDEX " + Sql.qualified(id.schema(), id.name()));
                    emit(Phase.INDEXES, indexDefinition(c.newValue()));
                } else {
                    todo(what(c) + " (REINDEX INDEX " + Sql.qualified(id.schema(), id.name()) + ")");
                }
            }
            case TRIGGER -> {
                if (field.equals("definition")) {
                    emit(Phase.DROP_TRIGGERS, "DROP TRIGGER " + Sql.ident(id.name()) + " ON " + table(id));
                    Trigger t = b.get(id, Trigger.class);
                    createTrigger(id, t);
                } else if (field.equals("enabled") && !changedField(id, "definition")) {
                    emit(Phase.TRIGGERS, enableTrigger(id, b.get(id, Trigger.class).enabled()));
                }
            }
            case POLICY -> {
                emit(Phase.DROP_POLICIES, "DROP POLICY " + Sql.ident(id.name()) + " ON " + table(id));
                emit(Phase.POLICIES, createPolicy(id, b.get(id, Policy.class)));
            }
        }
    }

    private boolean changedField(ObjectId id, String field) {
        return changedIds.contains(id) && fieldsChanged.contains(id + "\u0000" + field);
    }

    private final Set<String> fieldsChanged = new HashSet<>();

    private void enumChanged(Change.Changed c) {
        ObjectId id = c.id();
        if (c.field().equals("label") && c.newValue() != null) {
            // All of B's new labels at once, in B's order: each goes after its predecessor in B, which
            // exists by then; a new first label goes before the first label A already has.
            EnumType before = a.get(id, EnumType.class);
            List<String> labels = b.get(id, EnumType.class).labels();
            for (int at = 0; at < labels.size(); at++) {
                String label = labels.get(at);
                if (before.labels().contains(label)) {
                    continue;
                }
                String placement = "";
                if (at > 0) {
                    placement = " AFTER " + Sql.literal(labels.get(at - 1));
                } else {
                    String next = labels.stream().filter(before.labels()::contains).findFirst().orElse(null);
                    placement = next == null ? "" : " BEFORE " + Sql.literal(next);
                }
                emit(Phase.TYPES, "ALTER TYPE " + object(id) + " ADD VALUE " + Sql.literal(label) + placement);
            }
        } else if (c.field().equals("label")) {
            todo("enum " + id.displayName() + ": label " + Sql.literal(c.oldValue()) + " removed; PostgreSQL cannot drop an enum label (recreate the type)");
        } else {
            todo(what(c) + "; PostgreSQL cannot reorder enum labels (recreate the type)");
        }
    }

    private void domainChanged(Change.Changed c) {
        ObjectId id = c.id();
        String name = object(id);
        switch (c.field()) {
            case "default" -> emit(Phase.TYPES, "ALTER DOMAIN " + name + (c.newValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + c.newValue()));
            case "notNull" -> emit(Phase.TYPES, "ALTER DOMAIN " + name + ("true".equals(c.newValue()) ? " SET NOT NULL" : " DROP NOT NULL"));
            default -> {
                if (!c.field().startsWith("check ")) {
                    todo(what(c));
                    return;
                }
                Domain before = a.get(id, Domain.class);
                Domain after = b.get(id, Domain.class);
                for (Domain.Check x : before.checks()) {
                    Domain.Check y = check(after, x.name());
                    if (y == null || !y.definition().equals(x.definition())) {
                        emit(Phase.DROP_TYPES, "ALTER DOMAIN " + name + " DROP CONSTRAINT " + Sql.ident(x.name()));
                    }
                }
                for (Domain.Check y : after.checks()) {
                    Domain.Check x = check(before, y.name());
                    if (x == null || !y.definition().equals(x.definition())) {
                        emit(Phase.TYPES, "ALTER DOMAIN " + name + " ADD CONSTRAINT " + Sql.ident(y.name()) + " " + y.definition());
                    } else if (!x.validated() && y.validated()) {
                        emit(Phase.TYPES, "ALTER DOMAIN " + name + " VALIDATE CONSTRAINT " + Sql.ident(y.name()));
                    }
                }
            }
        }
    }

    private static Domain.Check check(Domain d, String name) {
        return d.checks().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private void compositeChanged(Change.Changed c) {
        ObjectId id = c.id();
        CompositeType before = a.get(id, CompositeType.class);
        CompositeType after = b.get(id, CompositeType.class);
        if (!c.field().startsWith("attribute ")) {
            todo(what(c));
            return;
        }
        String rest = c.field().substring("attribute ".length());
        CompositeType.Attribute x = attributeNamed(before, rest);
        CompositeType.Attribute y = attributeNamed(after, rest);
        if (x == null && y == null && rest.endsWith(" comment")) {
            String name = rest.substring(0, rest.length() - " comment".length());
            emit(Phase.COMMENTS, "COMMENT ON COLUMN " + object(id) + "." + Sql.ident(name) + " IS " + Sql.literal(c.newValue()));
        } else if (x == null && y != null) {
            emit(Phase.TYPES, "ALTER TYPE " + object(id) + " ADD ATTRIBUTE " + Sql.ident(y.name()) + " " + attribute(y));
        } else if (x != null && y == null) {
            emit(Phase.DROP_TYPES, "ALTER TYPE " + object(id) + " DROP ATTRIBUTE " + Sql.ident(x.name()));
        } else if (x != null) {
            if (c.field().equals("attributeOrder")) {
                todo(what(c));
            } else {
                todo(what(c) + " (ALTER TYPE " + object(id) + " ALTER ATTRIBUTE " + Sql.ident(y.name()) + " TYPE " + y.type() + "; CASCADE if tables use it)");
            }
        } else {
            todo(what(c));
        }
    }

    private static CompositeType.Attribute attributeNamed(CompositeType t, String name) {
        return t.attributes().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    private void sequenceChanged(Change.Changed c) {
        String name = object(c.id());
        String v = c.newValue();
        switch (c.field()) {
            case "dataType" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " AS " + v);
            case "increment" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " INCREMENT BY " + v);
            case "minValue" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " MINVALUE " + v);
            case "maxValue" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " MAXVALUE " + v);
            case "start" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " START WITH " + v);
            case "cache" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + " CACHE " + v);
            case "cycle" -> emit(Phase.SEQUENCES, "ALTER SEQUENCE " + name + ("true".equals(v) ? " CYCLE" : " NO CYCLE"));
            case "ownedBy" -> emit(Phase.SEQUENCE_OWNERS, "ALTER SEQUENCE " + name + " OWNED BY " + ownedBy(b.get(c.id(), Sequence.class).ownedBy()));
            default -> todo(what(c));
        }
    }

    private void relationChanged(Change.Changed c) {
        ObjectId id = c.id();
        String name = table(id);
        switch (c.field()) {
            case "rlsEnabled" -> emit(Phase.POLICIES, "ALTER TABLE " + name + ("true".equals(c.newValue()) ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
            case "rlsForced" -> emit(Phase.POLICIES, "ALTER TABLE " + name + ("true".equals(c.newValue()) ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
            case "unlogged" -> emit(Phase.TABLES, "ALTER TABLE " + name + ("true".equals(c.newValue()) ? " SET UNLOGGED" : " SET LOGGED"));
            case "definition" -> {
                if (id.kind() == ObjectKind.VIEW) {
                    emit(Phase.VIEWS, "-- fails if the columns of " + Sql.comment(id.displayName()) + " changed other than at the end (then DROP and CREATE it)\n"
                        + "CREATE OR REPLACE VIEW " + name + " AS\n" + viewBody(c.newValue()));
                } else {
                    todo(what(c) + " (DROP and CREATE MATERIALIZED VIEW, then its indexes)");
                }
            }
            default -> todo(what(c));
        }
    }

    private void routineChanged(Change.Changed c) {
        ObjectId id = c.id();
        switch (c.field()) {
            case "kind", "returns", "arguments" -> todo(what(c) + "; needs DROP and CREATE of " + id.displayName() + " (check what depends on it)");
            default -> {
                // CREATE OR REPLACE cannot change these; the TODO already says DROP and CREATE.
                for (String blocking : List.of("kind", "returns", "arguments")) {
                    if (fieldsChanged.contains(id + "\u0000" + blocking)) {
                        return;
                    }
                }
                createRoutine(b.get(id, Routine.class), "replace");
            }
        }
    }

    private void columnChanged(Change.Changed c) {
        ObjectId id = c.id();
        String alter = "ALTER TABLE " + table(id) + " ALTER COLUMN " + Sql.ident(id.name());
        switch (c.field()) {
            case "default" -> {
                if (!fieldsChanged.contains(id + "\u0000generated")) {
                    emit(Phase.COLUMNS, alter + (c.newValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + c.newValue()));
                }
            }
            case "nullable" -> emit(Phase.COLUMNS, alter + ("true".equals(c.newValue()) ? " DROP NOT NULL" : " SET NOT NULL"));
            case "identity" -> {
                Column after = b.get(id, Column.class);
                if (c.newValue() == null) {
                    emit(Phase.COLUMNS, alter + " DROP IDENTITY");
                } else if (c.oldValue() == null) {
                    emit(Phase.COLUMNS, alter + " ADD" + identity(after.identity()));
                } else {
                    emit(Phase.COLUMNS, alter + " SET GENERATED " + (after.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
                }
            }
            case "type" -> {
                Column after = b.get(id, Column.class);
                todo("column " + describe(id) + " type " + c.oldValue() + " → " + c.newValue() + ": may need USING ("
                    + alter + " TYPE " + after.type() + " USING " + Sql.ident(id.name()) + "::" + after.type() + ")");
            }
            case "position" -> todo(what(c) + "; PostgreSQL cannot move a column (recreate the table or ignore with --ignore column-order)");
            default -> todo(what(c));
        }
    }

    private void constraintChanged(Change.Changed c) {
        ObjectId id = c.id();
        Constraint before = a.get(id, Constraint.class);
        Constraint after = b.get(id, Constraint.class);
        boolean onlyValidated = !before.validated() && after.validated()
            && stripNotValid(before.definition()).equals(stripNotValid(after.definition()))
            && before.type() == after.type() && before.deferrable() == after.deferrable() && before.initiallyDeferred() == after.initiallyDeferred();
        if (onlyValidated) {
            emit(Phase.CONSTRAINTS, "ALTER TABLE " + table(id) + " VALIDATE CONSTRAINT " + Sql.ident(id.name()));
            return;
        }
        dropConstraint(id, before);
        addConstraint(id, after);
    }

    private static String stripNotValid(String definition) {
        return definition == null ? "" : definition.replace(" NOT VALID", "");
    }

    // ---- views, comments, owners -----------------------------------------------------------------------------

    /** Views created in dependency order (a view after the views it reads), dropped in the reverse order. */
    private void views() {
        // A partition goes with its partitioned table; an inheriting child must go before its parent.
        Set<String> removed = new HashSet<>();
        removedTables.forEach(t -> removed.add(t.schema() + "." + t.name()));
        List<Table> tables = new ArrayList<>(removedTables);
        tables.removeIf(t -> t.partitionOf() != null && removed.contains(t.partitionOf().schema() + "." + t.partitionOf().name()));
        tables.sort(java.util.Comparator.comparing((Table t) -> t.inherits().isEmpty()));
        for (Table t : tables) {
            emit(Phase.DROP_TABLES, "DROP TABLE " + Sql.qualified(t.schema(), t.name()));
        }

        List<Table> drops = dependencyOrder(removedViews);
        java.util.Collections.reverse(drops);
        for (Table v : drops) {
            emit(Phase.DROP_VIEWS, "DROP " + (v.kind() == TableKind.MATERIALIZED_VIEW ? "MATERIALIZED VIEW " : "VIEW ") + Sql.qualified(v.schema(), v.name()));
        }
        for (Table v : dependencyOrder(addedViews)) {
            String kind = v.kind() == TableKind.MATERIALIZED_VIEW ? "MATERIALIZED VIEW " : "VIEW ";
            emit(Phase.VIEWS, "CREATE " + kind + Sql.qualified(v.schema(), v.name()) + " AS\n" + viewBody(v.viewDefinition()));
            members(DiffObjects.idOf(v), v);
        }
    }

    private static List<Table> dependencyOrder(List<Table> views) {
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Table v : views) {
            visit(v, views, done, ordered);
        }
        return ordered;
    }

    private static void visit(Table v, List<Table> views, Set<String> done, List<Table> ordered) {
        if (!done.add(v.schema() + "." + v.name())) {
            return;
        }
        for (ObjectRef ref : v.dependsOn()) {
            for (Table w : views) {
                if (w.schema().equals(ref.schema()) && w.name().equals(ref.name())) {
                    visit(w, views, done, ordered);
                }
            }
        }
        ordered.add(v);
    }

    private static String viewBody(String definition) {
        String body = definition == null ? "" : definition.strip();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).stripTrailing();
        }
        return body;
    }

    private void comment(ObjectId id, String oldValue, String newValue) {
        if (newValue == null && oldValue == null) {
            return;
        }
        String target = commentTarget(id);
        if (target == null) {
            todo("comment on " + id.kind().label() + " " + describe(id));
            return;
        }
        emit(Phase.COMMENTS, "COMMENT ON " + target + " IS " + Sql.literal(newValue));
    }

    private String commentTarget(ObjectId id) {
        return switch (id.kind()) {
            case SCHEMA -> "SCHEMA " + Sql.ident(id.name());
            case EXTENSION -> "EXTENSION " + Sql.ident(id.name());
            case ENUM, COMPOSITE_TYPE -> "TYPE " + object(id);
            case DOMAIN -> "DOMAIN " + object(id);
            case SEQUENCE -> "SEQUENCE " + object(id);
            case TABLE -> "TABLE " + object(id);
            case FOREIGN_TABLE -> "FOREIGN TABLE " + object(id);
            case VIEW -> "VIEW " + object(id);
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + object(id);
            case ROUTINE -> {
                Routine r = b.get(id, Routine.class) != null ? b.get(id, Routine.class) : a.get(id, Routine.class);
                yield r == null ? null : routineKeyword(r) + " " + routine(r);
            }
            case COLUMN -> "COLUMN " + table(id) + "." + Sql.ident(id.name());
            case CONSTRAINT -> "CONSTRAINT " + Sql.ident(id.name()) + " ON " + table(id);
            case INDEX -> "INDEX " + Sql.qualified(id.schema(), id.name());
            case TRIGGER -> "TRIGGER " + Sql.ident(id.name()) + " ON " + table(id);
            case POLICY -> "POLICY " + Sql.ident(id.name()) + " ON " + table(id);
        };
    }

    private void owner(ObjectId id, String newOwner) {
        if (newOwner == null) {
            todo(id.kind().label() + " " + describe(id) + ": owner removed");
            return;
        }
        String target = switch (id.kind()) {
            case SCHEMA, TABLE, FOREIGN_TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE, DOMAIN, ENUM, COMPOSITE_TYPE, ROUTINE -> commentTarget(id);
            default -> null;
        };
        if (target == null) {
            todo(id.kind().label() + " " + describe(id) + ": owner → " + newOwner);
            return;
        }
        emit(Phase.OWNERS, "ALTER " + target + " OWNER TO " + Sql.ident(newOwner));
    }

    private static String memberComment(Object o) {
        if (o instanceof Column c) {
            return c.comment();
        }
        if (o instanceof Constraint c) {
            return c.comment();
        }
        if (o instanceof Index i) {
            return i.comment();
        }
        if (o instanceof Trigger t) {
            return t.comment();
        }
        if (o instanceof Policy p) {
            return p.comment();
        }
        return null;
    }

    // ---- names -----------------------------------------------------------------------------------------------

    private static String object(ObjectId id) {
        return Sql.qualified(id.schema(), id.name());
    }

    private static String table(ObjectId member) {
        return member.kind().isMember() ? Sql.qualified(member.schema(), member.table()) : Sql.qualified(member.schema(), member.name());
    }

    private static String routine(Routine r) {
        return Sql.qualified(r.schema(), r.name()) + "(" + r.argumentTypes() + ")";
    }

    private static String routineKeyword(Routine r) {
        return switch (r.kind()) {
            case PROCEDURE -> "PROCEDURE";
            case AGGREGATE -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    private static String describe(ObjectId id) {
        return id.kind().isMember() ? id.schema() + "." + id.table() + "." + id.name() : id.displayName();
    }

    private static String what(Change.Changed c) {
        String old = c.oldValue() == null ? "(none)" : c.oldValue();
        String now = c.newValue() == null ? "(none)" : c.newValue();
        if (old.length() > 60 || now.length() > 60 || old.contains("\n") || now.contains("\n")) {
            return c.id().kind().label() + " " + describe(c.id()) + ": " + Labels.field(c.field()) + " changed";
        }
        return c.id().kind().label() + " " + describe(c.id()) + ": " + Labels.field(c.field()) + " " + old + " → " + now;
    }
}
