package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.Table;
import java.util.List;

final class RedundantIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "redundant-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "B-tree index whose keys lead another index with the same predicate";
    }

    @Override
    public String reason() {
        return """
            A B-tree index on `(a)` is redundant next to one on `(a, b)` with the same operator classes and
            predicate: the planner can search the longer index by its leading column alone, almost as fast.
            The shorter index still costs a write on every change to the table and space in shared buffers.
            Drop the shorter index unless it enforces uniqueness or you have measured that its smaller size
            matters for a hot query.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Index> own = IndexKeys.own(t);
            for (Index shorter : own) {
                for (Index longer : own) {
                    if (shorter != longer && IndexKeys.redundant(shorter, longer)) {
                        ctx.index(t, shorter, "index " + shorter.name() + " (" + String.join(", ", IndexKeys.texts(shorter))
                            + ") is a prefix of " + longer.name() + " (" + String.join(", ", IndexKeys.texts(longer)) + ")");
                        break;
                    }
                }
            }
        }
    }
}
