package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class NullStringDefaultRule implements SchemaRule {
    @Override
    public String id() {
        return "null-string-default";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Default that is the string 'NULL'";
    }

    @Override
    public String reason() {
        return """
            A default of `'NULL'` (a four-letter string) instead of `NULL` fills the column with text that looks
            like a missing value but is not one: `IS NULL` misses it, and it shows up in reports and exports.
            Use `DEFAULT NULL` (or no default) and clean up the rows that hold the string.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (c.defaultValue() != null && c.defaultValue().matches("(?i)'null'(::.*)?")) {
                    ctx.column(t, c, "column " + c.name() + " defaults to the string " + c.defaultValue());
                }
            }
        }
    }
}
