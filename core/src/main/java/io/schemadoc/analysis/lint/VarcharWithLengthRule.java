package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class VarcharWithLengthRule implements SchemaRule {
    @Override
    public String id() {
        return "varchar-with-length";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Column of type varchar(n)";
    }

    @Override
    public String reason() {
        return """
            In PostgreSQL `varchar(n)` is stored exactly like `text`; the length is only a check, and a
            poorly chosen one (`varchar(255)` inherited from other databases) rejects a legitimate value in
            production. Raising it later rewrites nothing but still takes an ACCESS EXCLUSIVE lock and breaks
            views that depend on the column. Use `text`, with a `CHECK (char_length(col) <= n)` when the limit is a
            real business rule.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.isVarcharWithLength(c)) {
                    ctx.column(t, c, "column " + c.name() + " is " + c.type());
                }
            }
        }
    }
}
