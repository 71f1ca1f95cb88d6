package io.schemadoc.analysis.lint;

import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.RoutineAnalysis;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

final class TriggerRecursionRule implements SchemaRule {
    @Override
    public String id() {
        return "trigger-recursion";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** Routines followed through calls at most this deep: enough for helper functions, bounded for odd graphs. */
    private static final int MAX_CALL_DEPTH = 8;

    private static boolean guarded(Routine r) {
        return r.body() != null && r.body().toLowerCase(Locale.ROOT).contains("pg_trigger_depth");
    }

    /** The first write to {@code table} that fires {@code trigger} again, following calls; {@code chain} names the routines. */
    private static Effect.Write selfWrite(DependencyGraph graph, LintContext ctx, RoutineRef ref, QualifiedName table, Trigger trigger,
                                          Set<String> seen, List<String> chain, int depth) {
        if (depth > MAX_CALL_DEPTH || !seen.add(ref.signature())) {
            return null;
        }
        Routine r = ctx.index().routine(ref);
        if (r != null && depth > 0 && guarded(r)) {
            return null;
        }
        RoutineAnalysis analysis = graph.analysis(ref);
        if (analysis == null) {
            return null;
        }
        chain.add(ref.qualifiedName() + "()");
        for (Effect e : analysis.effects()) {
            if (e instanceof Effect.Write w && w.table().resolved() && w.table().qualifiedName().equals(table) && fires(trigger, w)) {
                return w;
            }
            if (e instanceof Effect.Call c) {
                Effect.Write w = selfWrite(graph, ctx, c.routine(), table, trigger, seen, chain, depth + 1);
                if (w != null) {
                    return w;
                }
            }
        }
        chain.remove(chain.size() - 1);
        return null;
    }

    /** Whether the write is an event the trigger fires on; an UPDATE setting only columns outside UPDATE OF does not. */
    private static boolean fires(Trigger t, Effect.Write w) {
        List<Operation> ops = w.operation() == Operation.MERGE ? List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE) : List.of(w.operation());
        for (Operation op : ops) {
            Trigger.Event event = switch (op) {
                case INSERT -> Trigger.Event.INSERT;
                case UPDATE -> Trigger.Event.UPDATE;
                case DELETE -> Trigger.Event.DELETE;
                case TRUNCATE -> Trigger.Event.TRUNCATE;
                case MERGE -> null;
            };
            if (event == null || !t.events().contains(event)) {
                continue;
            }
            if (event == Trigger.Event.UPDATE && !t.updateColumns().isEmpty() && !w.columns().isEmpty()
                && w.columns().stream().noneMatch(t.updateColumns()::contains)) {
                continue;
            }
            return true;
        }
        return false;
    }

    @Override
    public String title() {
        return "Trigger whose function writes its own table with no recursion guard";
    }

    @Override
    public String reason() {
        return """
            A trigger whose function (or a routine it calls) inserts, updates or deletes rows of the very table the
            trigger is on fires itself again: each write starts another round until PostgreSQL stops at
            `max_stack_depth` with an error, or, when the nested write happens to match nothing, the extra work
            and lock traffic go unnoticed. Prefer changing `NEW` in a BEFORE ROW trigger over writing the table
            again. If the write is needed, guard it: `WHEN (pg_trigger_depth() < 1)` on the trigger, `IF
            pg_trigger_depth() > 1 THEN RETURN NEW; END IF;` in the function, an `UPDATE OF` column list the
            nested UPDATE does not set, or a WHEN condition the nested write cannot meet.""";
    }

    @Override
    public void check(LintContext ctx) {
        DependencyGraph graph = ctx.graph();
        for (Table t : ctx.tables()) {
            for (Trigger tr : t.triggers()) {
                if (tr.inherited() || tr.function() == null || !tr.enabled().firesNormally() || tr.condition() != null) {
                    continue;
                }
                Routine fn = ctx.index().routine(tr.function());
                if (fn == null || guarded(fn)) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                Effect.Write w = selfWrite(graph, ctx, tr.function(), t.qualifiedName(), tr, new HashSet<>(), chain, 0);
                if (w != null) {
                    ctx.trigger(t, tr, "trigger " + tr.name() + " runs " + String.join(" → ", chain) + ", which "
                        + w.operation().lower() + "s " + t.name() + " again (body line " + w.line() + ") with no pg_trigger_depth() guard or WHEN condition");
                }
            }
        }
    }
}
