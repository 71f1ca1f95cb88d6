package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;

final class TooFewColumnsRule implements SchemaRule {
    @Override
    public String id() {
        return "too-few-columns";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Table with zero or one column";
    }

    @Override
    public String reason() {
        return """
            A table with no column, or only one, stores a set of values with nothing said about them: usually a
            leftover, an enum emulated as a table (an `enum` type or a CHECK may fit better), or a design that
            has not been finished. Drop it, or add the columns that give its rows meaning.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.partitionOf() == null && t.columns().size() <= 1) {
                ctx.table(t, "table " + t.name() + " has " + t.columns().size() + (t.columns().size() == 1 ? " column" : " columns"));
            }
        }
    }
}
