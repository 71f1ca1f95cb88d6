package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.Table;

final class InvalidIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "invalid-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "Index left invalid by a failed CREATE INDEX CONCURRENTLY";
    }

    @Override
    public String reason() {
        return """
            When `CREATE INDEX CONCURRENTLY` or `REINDEX CONCURRENTLY` fails (a deadlock, a unique violation, a
            cancelled session), it leaves an index marked invalid. The planner never uses it, yet every write still
            maintains it. Drop it with `DROP INDEX CONCURRENTLY` and create it again, after fixing the cause if it
            was a uniqueness violation.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : t.indexes()) {
                if (!i.valid()) {
                    ctx.index(t, i, "index " + i.name() + " is invalid");
                }
            }
        }
    }
}
