package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;

final class BooleanInIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "boolean-in-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Non-unique index with a boolean key column";
    }

    @Override
    public String reason() {
        return """
            A boolean column has two values (three with NULL), so as an index key it barely narrows a search: the
            planner will usually prefer a sequential scan, and the index costs writes anyway. If queries look for
            the rare value, use a partial index instead: `CREATE INDEX … ON t (created_at) WHERE NOT processed`.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : IndexKeys.own(t)) {
                if (i.unique() || !i.valid()) {
                    continue;
                }
                for (IndexColumn k : i.keys()) {
                    Column c = k.column() == null ? null : t.column(k.column());
                    if (c != null && Types.isBoolean(c)) {
                        ctx.index(t, i, "index " + i.name() + " has boolean key column " + c.name());
                        break;
                    }
                }
            }
        }
    }
}
