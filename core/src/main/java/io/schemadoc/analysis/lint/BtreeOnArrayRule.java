package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;

final class BtreeOnArrayRule implements SchemaRule {
    @Override
    public String id() {
        return "btree-on-array";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "B-tree index on an array column";
    }

    @Override
    public String reason() {
        return """
            A B-tree index on an array compares whole arrays, so it only helps `=` on the entire array, never the
            operators array queries use (`@>`, `&&`, `= ANY`). Those need a GIN index: `CREATE INDEX … ON t USING
            gin (col)`. Large arrays can also exceed the B-tree entry size limit and make inserts fail.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : IndexKeys.own(t)) {
                if (!i.method().equals("btree")) {
                    continue;
                }
                for (IndexColumn k : i.keys()) {
                    Column c = k.column() == null ? null : t.column(k.column());
                    if (c != null && Types.isArray(c)) {
                        ctx.index(t, i, "B-tree index " + i.name() + " has array key column " + c.name() + " (" + c.type() + ")");
                        break;
                    }
                }
            }
        }
    }
}
