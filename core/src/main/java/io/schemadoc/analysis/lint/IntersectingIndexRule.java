package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.Table;
import java.util.List;

final class IntersectingIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "intersecting-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Indexes whose key columns overlap from the left";
    }

    @Override
    public String reason() {
        return """
            Two indexes whose key columns start the same way, e.g. `(a)` and `(a, b)`, or `(a)` as B-tree and as
            hash, under the same predicate, overlap in what they can serve, but differ in method, operator class,
            uniqueness or order, so neither is a plain copy of the other. Each one costs writes and memory.
            Check whether both are needed: often one index with the right column order, or a unique constraint
            with INCLUDE columns, serves both sets of queries. Pairs already reported as duplicate or redundant
            are not repeated here.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Index> own = IndexKeys.own(t);
            for (int a = 0; a < own.size(); a++) {
                for (int b = a + 1; b < own.size(); b++) {
                    Index x = own.get(a);
                    Index y = own.get(b);
                    if (IndexKeys.intersect(x, y) && !IndexKeys.duplicates(x, y)
                        && !IndexKeys.redundant(x, y) && !IndexKeys.redundant(y, x)) {
                        ctx.index(t, x, "index " + x.name() + " (" + String.join(", ", IndexKeys.texts(x)) + ") overlaps "
                            + y.name() + " (" + String.join(", ", IndexKeys.texts(y)) + ")");
                    }
                }
            }
        }
    }
}
