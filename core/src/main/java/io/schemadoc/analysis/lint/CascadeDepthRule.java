package io.schemadoc.analysis.lint;

import io.schemadoc.Parallel;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.trace.TraceResult;
import io.schemadoc.analysis.trace.TraceStep;
import io.schemadoc.analysis.trace.Tracer;
import io.schemadoc.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

final class CascadeDepthRule implements SchemaRule {
    @Override
    public String id() {
        return "cascade-depth";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    private record Deepest(Operation operation, int levels, List<String> chain) {}

    /**
     * Steps come in firing order, each with the index of the step it follows from. A write or FK step nests under the
     * table writes among its ancestors; the deepest nesting is the cascade depth, and its chain is what the message shows.
     */
    private static Deepest deepest(TraceResult trace, Operation op) {
        int best = 0;
        List<String> bestChain = List.of();
        List<TraceStep> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (!isTableWrite(steps.get(i))) {
                continue;
            }
            Deque<String> chain = new ArrayDeque<>();
            for (int k = i, hops = 0; k >= 0 && hops <= steps.size(); k = trace.parents().get(k), hops++) {
                TraceStep s = steps.get(k);
                if (isTableWrite(s)) {
                    chain.push(s.operation() + " " + s.table() + (s.kind().equals("fk") ? " (FK action)" : ""));
                }
            }
            if (chain.size() > best) {
                best = chain.size();
                bestChain = new ArrayList<>(chain);
            }
        }
        return new Deepest(op, best, bestChain);
    }

    private static boolean isTableWrite(TraceStep s) {
        return (s.kind().equals("write") || s.kind().equals("fk")) && s.table() != null;
    }

    @Override
    public String title() {
        return "Write that cascades deeper than lint.maxCascadeDepth";
    }

    @Override
    public String reason() {
        return """
            One INSERT, UPDATE or DELETE that sets off triggers and foreign-key actions, which write other tables,
            whose triggers write further tables, is hard to reason about: the statement's cost, its locks and its
            failure modes depend on rows far away, and deadlocks between such chains are hard to reproduce. Read
            the chain with `schemadoc trace`, then flatten it: do the work in one function called explicitly,
            replace a trigger chain by a single trigger, or move follow-up work to a queue. The depth counts nested
            table writes (trigger writes and FK actions); set the limit with `lint.maxCascadeDepth` (default 3).""";
    }

    @Override
    public void check(LintContext ctx) {
        DependencyGraph graph = ctx.graph();
        int max = ctx.settings().maxCascadeDepth();
        Tracer.Options options = new Tracer.Options(2 * max + 6, 1000);
        // The traces are independent of each other (the graph is read-only): traced in parallel, reported in table order.
        List<Table> tables = ctx.tables();
        List<Deepest> found = Parallel.map(tables, t -> {
            Deepest deepest = null;
            for (Operation op : List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE)) {
                Deepest d = deepest(Tracer.trace(graph, t.qualifiedName(), op, List.of(), options), op);
                if (deepest == null || d.levels() > deepest.levels()) {
                    deepest = d;
                }
            }
            return deepest;
        });
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            Deepest deepest = found.get(i);
            if (deepest != null && deepest.levels() > max) {
                ctx.table(t, deepest.operation().name() + " on " + t.name() + " cascades " + deepest.levels() + " levels deep (limit " + max + "): "
                    + t.qualifiedName() + " → " + String.join(" → ", deepest.chain()));
            }
        }
    }
}
