package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class CharColumnRule implements SchemaRule {
    @Override
    public String id() {
        return "char-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Column of type char(n)";
    }

    @Override
    public String reason() {
        return """
            `char(n)` pads values with spaces to n characters, strips them again when compared, and is no
            faster than `text`: the padding surprises anyone who concatenates, measures or compares the value
            with another type. Use `text` (or `varchar`) with a CHECK on the length if it is fixed.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.isChar(c)) {
                    ctx.column(t, c, "column " + c.name() + " is " + c.type());
                }
            }
        }
    }
}
