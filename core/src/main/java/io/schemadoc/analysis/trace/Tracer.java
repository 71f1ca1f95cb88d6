package io.schemadoc.analysis.trace;

import io.schemadoc.analysis.body.BodyAnalyzer;
import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.RoutineAnalysis;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Names;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Predicts the cascade PostgreSQL runs for one INSERT, UPDATE, DELETE or TRUNCATE, from the model alone.
 *
 * <p>Per operation on a table, in PostgreSQL's order: BEFORE STATEMENT triggers; column defaults that call routines
 * (INSERT); BEFORE ROW (or INSTEAD OF on a view) triggers; generated columns and CHECK constraints that call routines;
 * AFTER ROW triggers together with the foreign-key actions (which are internal AFTER ROW triggers named
 * {@code RI_ConstraintTrigger_a_…}, so they sort by name among the user's); AFTER STATEMENT triggers. Within each group
 * triggers fire by name in byte order. The AFTER triggers of a foreign-key action's own changes fire after the outer
 * statement's AFTER STATEMENT triggers (PostgreSQL queues them there; checked against the server in
 * {@code TraceAgainstDatabaseTest}), its BEFORE triggers at once. {@code UPDATE OF} triggers fire only when a listed column is set (unknown
 * columns: conditional). WHEN conditions are shown and the branch is followed, marked conditional. Disabled and
 * replica-only triggers are listed as skipped. Each fired routine's writes continue the cascade, in body order,
 * through the routines it calls; dynamic SQL ends a branch as unknown; a routine or FK action already on the current
 * path is a cycle, reported once; depth and size are capped.
 */
public final class Tracer {

    /** {@code maxDepth}: nesting cap; {@code maxSteps}: total cap, so that a dense schema cannot explode. */
    public record Options(int maxDepth, int maxSteps) {
        public static final Options DEFAULT = new Options(16, 2000);
    }

    private final DependencyGraph graph;
    private final SchemaIndex index;
    private final Options options;
    private final List<TraceStep> steps = new ArrayList<>();
    /** For each step, the index of the step it follows from (-1 for the traced operation); what Mermaid draws. */
    private final List<Integer> parents = new ArrayList<>();
    private int parent = -1;
    private final Set<RoutineRef> routines = new LinkedHashSet<>();
    private final Set<String> cyclesReported = new HashSet<>();
    private final Deque<String> path = new ArrayDeque<>();
    private boolean truncated;

    private Tracer(DependencyGraph graph, Options options) {
        this.graph = graph;
        this.index = graph.index();
        this.options = options;
    }

    public static TraceResult trace(DependencyGraph graph, QualifiedName table, Operation operation, List<String> columns) {
        return trace(graph, table, operation, columns, Options.DEFAULT);
    }

    public static TraceResult trace(DependencyGraph graph, QualifiedName table, Operation operation, List<String> columns, Options options) {
        Tracer t = new Tracer(graph, options);
        List<String> cols = columns == null ? List.of() : List.copyOf(columns);
        t.add(new TraceStep(0, "operation", table.toString(), operation.name(), cols, null, null, null, null, null, null));
        t.under(() -> t.operation(table, operation, cols, 1, null));
        return new TraceResult(table.toString(), operation.name(), cols, t.steps, t.parents, t.routines);
    }

    private boolean add(TraceStep step) {
        if (steps.size() >= options.maxSteps()) {
            if (!truncated) {
                truncated = true;
                steps.add(new TraceStep(step.depth(), "limit", null, null, List.of(), null, null, null, null, null,
                    "stopped after " + options.maxSteps() + " steps"));
                parents.add(parent);
            }
            return false;
        }
        steps.add(step);
        parents.add(parent);
        return true;
    }

    /** A thing that fires on the row level of an operation: a trigger, or an FK action disguised as one. */
    private record Fired(String sortName, Trigger trigger, QualifiedName on, String partitionCondition, SchemaIndex.Incoming fk) {}

    /** A statement of its own (the traced one, or one a routine runs): its AFTER triggers fire when it ends. */
    private void operation(QualifiedName name, Operation op, List<String> columns, int depth, String conditional) {
        operation(name, op, columns, depth, conditional, null);
    }

    /**
     * {@code outer}: null for a statement of its own; else the AFTER-trigger queue of the statement whose foreign-key
     * action this is. PostgreSQL runs FK actions without firing their AFTER triggers at once: those join the end of
     * the outer statement's queue (after its AFTER STATEMENT triggers), while BEFORE triggers fire at once.
     */
    private void operation(QualifiedName name, Operation op, List<String> columns, int depth, String conditional, Deque<Runnable> outer) {
        if (op == Operation.MERGE) {
            for (Operation o : List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE)) {
                operation(name, o, columns, depth, join(conditional, "if MERGE " + o.lower() + "s"), outer);
            }
            return;
        }
        if (depth > options.maxDepth()) {
            add(new TraceStep(depth, "limit", name.toString(), op.name(), columns, null, null, null, null, null,
                "depth limit " + options.maxDepth() + " reached"));
            return;
        }
        Table table = index.table(name);
        if (table == null) {
            add(new TraceStep(depth, "unknown", name.toString(), op.name(), columns, null, null, null, null, null,
                join(conditional, "table not in the model (temporary, or not read): its triggers are unknown")));
            return;
        }
        List<Fired> candidates = new ArrayList<>();
        for (Trigger t : table.triggers()) {
            candidates.add(new Fired(t.name(), t, name, null, null));
        }
        addPartitionTriggers(name, candidates);
        if (op == Operation.DELETE || op == Operation.UPDATE) {
            for (SchemaIndex.Incoming in : index.referencedBy(name)) {
                candidates.add(new Fired("RI_ConstraintTrigger_a_" + in.constraint().name(), null, in.child().qualifiedName(), null, in));
            }
        }
        List<Fired> beforeStatement = new ArrayList<>();
        List<Fired> beforeRow = new ArrayList<>();
        List<Fired> afterRow = new ArrayList<>();
        List<Fired> afterStatement = new ArrayList<>();
        for (Fired f : candidates) {
            if (f.fk() != null) {
                afterRow.add(f);
                continue;
            }
            Trigger t = f.trigger();
            if (!t.events().contains(event(op))) {
                continue;
            }
            boolean row = t.level() == Trigger.Level.ROW;
            if (t.timing() == Trigger.Timing.AFTER) {
                (row ? afterRow : afterStatement).add(f);
            } else {
                (row ? beforeRow : beforeStatement).add(f);
            }
        }
        Comparator<Fired> byName = Comparator.comparing(Fired::sortName, Names.BYTE_ORDER).thenComparing(f -> f.on().toString());
        beforeStatement.sort(byName);
        beforeRow.sort(byName);
        afterRow.sort(byName);
        afterStatement.sort(byName);

        for (Fired f : beforeStatement) {
            fire(f, op, columns, depth, conditional);
        }
        if (op == Operation.INSERT) {
            expressions(table, "default", columns, depth, conditional);
        }
        for (Fired f : beforeRow) {
            fire(f, op, columns, depth, conditional);
        }
        if (op == Operation.INSERT || op == Operation.UPDATE) {
            expressions(table, "generated", columns, depth, conditional);
            expressions(table, "check", columns, depth, conditional);
        }
        Deque<Runnable> queue = outer != null ? outer : new ArrayDeque<>();
        if (table.kind() == TableKind.VIEW && beforeRow.stream().noneMatch(f -> f.trigger().timing() == Trigger.Timing.INSTEAD_OF)
            && op != Operation.TRUNCATE) {
            autoUpdatableView(table, op, columns, depth, conditional, queue);
        }
        List<String> at = List.copyOf(path);
        int atParent = parent;
        for (Fired f : afterRow) {
            if (f.fk() != null) {
                queue.add(() -> onPath(at, atParent, () -> foreignKeyAction(f.fk(), name, op, columns, depth, conditional, queue)));
            } else {
                queue.add(() -> onPath(at, atParent, () -> fire(f, op, columns, depth, conditional)));
            }
        }
        for (Fired f : afterStatement) {
            queue.add(() -> onPath(at, atParent, () -> fire(f, op, columns, depth, conditional)));
        }
        if (outer == null) {
            while (!queue.isEmpty() && !truncated) {
                queue.poll().run();
            }
        }
    }

    /** Runs a queued AFTER trigger with the call path and parent step it was queued under, then restores both. */
    private void onPath(List<String> at, int atParent, Runnable r) {
        List<String> saved = List.copyOf(path);
        int savedParent = parent;
        path.clear();
        path.addAll(at);
        parent = atParent;
        r.run();
        path.clear();
        path.addAll(saved);
        parent = savedParent;
    }

    /** Runs {@code r} with the step just added as the parent of what it adds. */
    private void under(Runnable r) {
        int saved = parent;
        parent = steps.size() - 1;
        r.run();
        parent = saved;
    }

    private void addPartitionTriggers(QualifiedName parent, List<Fired> out) {
        for (Table p : index.partitionsOf(parent)) {
            for (Trigger t : p.triggers()) {
                if (!t.inherited() && t.level() == Trigger.Level.ROW) {
                    out.add(new Fired(t.name(), t, p.qualifiedName(), "if the row is in partition " + p.qualifiedName(), null));
                }
            }
            addPartitionTriggers(p.qualifiedName(), out);
        }
    }

    private static Trigger.Event event(Operation op) {
        return switch (op) {
            case INSERT -> Trigger.Event.INSERT;
            case UPDATE -> Trigger.Event.UPDATE;
            case DELETE -> Trigger.Event.DELETE;
            case TRUNCATE -> Trigger.Event.TRUNCATE;
            case MERGE -> throw new IllegalArgumentException("MERGE is traced as its parts");
        };
    }

    private void fire(Fired f, Operation op, List<String> columns, int depth, String conditional) {
        Trigger t = f.trigger();
        String function = t.function() == null ? null : t.function().qualifiedName();
        String level = t.level().name();
        List<String> notes = new ArrayList<>();
        String branch = join(conditional, f.partitionCondition());
        if (op == Operation.UPDATE && !t.updateColumns().isEmpty()) {
            if (columns.isEmpty()) {
                branch = join(branch, "only if one of " + String.join(", ", t.updateColumns()) + " is set");
            } else if (t.updateColumns().stream().noneMatch(columns::contains)) {
                return;
            }
        }
        if (!t.enabled().firesNormally()) {
            add(new TraceStep(depth, "skipped", f.on().toString(), op.name(), columns, t.name(), t.timing().sql(), level, function, t.condition(),
                t.enabled() == Trigger.Enabled.DISABLED ? "disabled: does not fire" : "fires only in replica sessions: does not fire"));
            return;
        }
        if (t.oldTable() != null || t.newTable() != null) {
            notes.add("transition tables:" + (t.oldTable() == null ? "" : " OLD TABLE AS " + t.oldTable())
                + (t.newTable() == null ? "" : " NEW TABLE AS " + t.newTable()));
        }
        if (t.constraint() && t.initiallyDeferred()) {
            notes.add("deferred: fires at commit");
        }
        if (t.condition() != null) {
            branch = join(branch, "WHEN " + t.condition());
        }
        if (branch != null) {
            notes.add("conditional: " + branch);
        }
        if (!add(new TraceStep(depth, "trigger", f.on().toString(), op.name(), columns, t.name(), t.timing().sql(), level, function,
            t.condition(), notes.isEmpty() ? null : String.join("; ", notes)))) {
            return;
        }
        if (t.function() != null) {
            String followed = branch;
            under(() -> routine(t.function(), depth + 1, followed));
        }
    }

    private void foreignKeyAction(SchemaIndex.Incoming in, QualifiedName parent, Operation op, List<String> columns, int depth, String conditional,
                                  Deque<Runnable> queue) {
        ForeignKey fk = in.constraint().foreignKey();
        QualifiedName child = in.child().qualifiedName();
        ForeignKey.Action action;
        if (op == Operation.DELETE) {
            action = fk.onDelete();
        } else {
            if (!columns.isEmpty() && fk.referencedColumns().stream().noneMatch(columns::contains)) {
                return;
            }
            action = fk.onUpdate();
        }
        if (action == ForeignKey.Action.NO_ACTION || action == ForeignKey.Action.RESTRICT) {
            return;
        }
        Operation childOp;
        List<String> childColumns;
        if (op == Operation.DELETE && action == ForeignKey.Action.CASCADE) {
            childOp = Operation.DELETE;
            childColumns = List.of();
        } else {
            childOp = Operation.UPDATE;
            childColumns = op == Operation.DELETE && !fk.onDeleteSetColumns().isEmpty() ? fk.onDeleteSetColumns() : in.constraint().columns();
        }
        String note = "ON " + op.name() + " " + action.sql() + " (" + in.constraint().name() + " references " + parent + ")";
        String key = "fk:" + child + "." + in.constraint().name() + ":" + op;
        if (path.contains(key)) {
            cycle(key, depth, child.toString(), childOp, childColumns, null, note);
            return;
        }
        String branch = join(conditional, columns.isEmpty() && op == Operation.UPDATE ? "if a referenced column changes" : null);
        if (!add(new TraceStep(depth, "fk", child.toString(), childOp.name(), childColumns, null, "AFTER", "ROW", null, null,
            join(note, branch == null ? null : "conditional: " + branch)))) {
            return;
        }
        path.push(key);
        under(() -> {
            if (op == Operation.DELETE && action == ForeignKey.Action.SET_DEFAULT) {
                expressions(in.child(), "set default", childColumns, depth + 1, branch);
            }
            operation(child, childOp, childColumns, depth + 1, branch, queue);
        });
        path.pop();
    }

    private void routine(RoutineRef ref, int depth, String conditional) {
        routines.add(ref);
        String key = "fn:" + ref.signature();
        if (depth > options.maxDepth()) {
            add(new TraceStep(depth, "limit", null, null, List.of(), null, null, null, ref.qualifiedName(), null,
                "depth limit " + options.maxDepth() + " reached"));
            return;
        }
        if (path.contains(key)) {
            cycle(key, depth, null, null, List.of(), ref.qualifiedName(), null);
            return;
        }
        RoutineAnalysis analysis = graph.analysis(ref);
        if (analysis == null) {
            add(new TraceStep(depth, "unknown", null, null, List.of(), null, null, null, ref.qualifiedName(), null,
                "routine not in the model: what it does is unknown"));
            return;
        }
        if (analysis.note() != null) {
            add(new TraceStep(depth, "unknown", null, null, List.of(), null, null, null, ref.qualifiedName(), null, analysis.note()));
            return;
        }
        path.push(key);
        for (Effect e : analysis.effects()) {
            if (truncated) {
                break;
            }
            if (e instanceof Effect.Call c) {
                if (add(new TraceStep(depth, "call", null, null, List.of(), null, null, null, c.routine().qualifiedName(), null,
                    join("called from " + ref.qualifiedName() + " (" + c.via() + ", body line " + c.line() + ")",
                        conditional == null ? null : "conditional: " + conditional)))) {
                    under(() -> routine(c.routine(), depth + 1, conditional));
                }
            } else if (e instanceof Effect.Write w) {
                String note = join(w.via(), w.table().resolved() ? null : "table not in the model");
                note = join(note, conditional == null ? null : "conditional: " + conditional);
                List<Operation> ops = w.operation() == Operation.MERGE
                    ? List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE) : List.of(w.operation());
                for (Operation op : ops) {
                    if (add(new TraceStep(depth, "write", w.table().toString(), op.name(), w.columns(), null, null, null,
                        ref.qualifiedName(), null, note))) {
                        String branch = w.via() != null && w.via().startsWith("ON CONFLICT") ? join(conditional, "if the row exists") : conditional;
                        under(() -> operation(w.table().qualifiedName(), op, op == Operation.DELETE ? List.of() : w.columns(), depth + 1, branch));
                    }
                }
            } else if (e instanceof Effect.Dynamic d) {
                add(new TraceStep(depth, "unknown", null, null, List.of(), null, null, null, ref.qualifiedName(), null,
                    "dynamic SQL (EXECUTE " + d.text() + ", body line " + d.line() + "): not followed"));
            }
        }
        path.pop();
    }

    private void cycle(String key, int depth, String table, Operation op, List<String> columns, String function, String note) {
        if (!cyclesReported.add(key)) {
            return;
        }
        List<String> chain = new ArrayList<>();
        List<String> reversed = new ArrayList<>(path);
        java.util.Collections.reverse(reversed);
        boolean on = false;
        for (String k : reversed) {
            on |= k.equals(key);
            if (on) {
                chain.add(k.substring(k.indexOf(':') + 1));
            }
        }
        chain.add(key.substring(key.indexOf(':') + 1));
        add(new TraceStep(depth, "cycle", table, op == null ? null : op.name(), columns, null, null, null, function, null,
            join(note, "cycle: " + String.join(" → ", chain) + " (not followed again)")));
    }

    /**
     * Column defaults (INSERT: columns not given), generation expressions and CHECK constraints that call routines of
     * the model. Defaults are conditional: they run only when the statement does not give the column.
     */
    private void expressions(Table table, String what, List<String> columns, int depth, String conditional) {
        List<String> path = index.schema().searchPath();
        if (what.equals("check")) {
            for (Constraint c : table.constraints()) {
                if (c.type() != Constraint.Type.CHECK) {
                    continue;
                }
                for (RoutineRef r : BodyAnalyzer.callsInExpression(checkExpression(c.definition()), index, schemaFirst(table, path), graph.routineNames())) {
                    if (add(new TraceStep(depth, "check", table.qualifiedName().toString(), null, c.columns(), null, null, null,
                        r.qualifiedName(), null, join("CHECK constraint " + c.name(), conditional == null ? null : "conditional: " + conditional)))) {
                        under(() -> routine(r, depth + 1, conditional));
                    }
                }
            }
            return;
        }
        for (Column col : table.columns()) {
            boolean setDefault = what.equals("set default");
            boolean isDefault = what.equals("default") || setDefault;
            String expr = isDefault ? (col.hasGeneration() ? null : col.defaultValue()) : col.generationExpression();
            if (expr == null || what.equals("default") && columns.contains(col.name()) || setDefault && !columns.contains(col.name())) {
                continue;
            }
            for (RoutineRef r : BodyAnalyzer.callsInExpression(expr, index, schemaFirst(table, path), graph.routineNames())) {
                String branch = what.equals("default") ? join(conditional, "if " + col.name() + " is not given") : conditional;
                if (add(new TraceStep(depth, isDefault ? "default" : "generated", table.qualifiedName().toString(), null, List.of(col.name()),
                    null, null, null, r.qualifiedName(), null,
                    join(isDefault ? "column default" : "generated column", branch == null ? null : "conditional: " + branch)))) {
                    under(() -> routine(r, depth + 1, branch));
                }
            }
        }
    }

    /**
     * Default and CHECK texts come from pg_get_expr, which qualifies names not visible on the reading session's path;
     * unqualified names were visible there, so the database's path (the table's schema first as a fallback) resolves them.
     */
    private static List<String> schemaFirst(Table table, List<String> path) {
        List<String> out = new ArrayList<>(path);
        if (!out.contains(table.schema())) {
            out.add(table.schema());
        }
        return out;
    }

    /** {@code CHECK ((expr))} → {@code (expr)}; anything else as is. */
    private static String checkExpression(String definition) {
        if (definition == null) {
            return null;
        }
        String d = definition.strip();
        if (d.regionMatches(true, 0, "CHECK", 0, 5)) {
            d = d.substring(5).strip();
        }
        int noInherit = d.toUpperCase(java.util.Locale.ROOT).lastIndexOf(" NO INHERIT");
        if (noInherit > 0) {
            d = d.substring(0, noInherit);
        }
        return d;
    }

    /** A simple view with no INSTEAD OF trigger passes the write to the relation it reads (if exactly one). */
    private void autoUpdatableView(Table view, Operation op, List<String> columns, int depth, String conditional, Deque<Runnable> queue) {
        List<ObjectRef> bases = view.dependsOn().stream()
            .filter(r -> r.kind() != ObjectRef.Kind.ROUTINE && r.kind() != ObjectRef.Kind.TYPE && r.kind() != ObjectRef.Kind.SEQUENCE)
            .toList();
        if (bases.size() != 1) {
            add(new TraceStep(depth, "unknown", view.qualifiedName().toString(), op.name(), columns, null, null, null, null, null,
                "view with no INSTEAD OF " + op.name() + " trigger: the statement fails unless a rule handles it"));
            return;
        }
        QualifiedName base = new QualifiedName(bases.get(0).schema(), bases.get(0).name());
        String key = "view:" + view.qualifiedName() + ":" + op;
        if (path.contains(key)) {
            return;
        }
        if (add(new TraceStep(depth, "write", base.toString(), op.name(), columns, null, null, null, null, null,
            join("automatically updatable view " + view.qualifiedName() + " passes the " + op.name() + " on",
                conditional == null ? null : "conditional: " + conditional)))) {
            path.push(key);
            under(() -> operation(base, op, columns, depth + 1, conditional, queue));
            path.pop();
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a + "; " + b;
    }
}
