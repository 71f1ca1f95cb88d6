package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;
import java.util.regex.Pattern;

final class NullStringDefaultRule implements SchemaRule {
    private static final Pattern NULL_STRING = Pattern.compile("(?i)'null'(::.*)?");

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
                if (c.defaultValue() != null && NULL_STRING.matcher(c.defaultValue()).matches()) {
                    ctx.column(t, c, "column " + c.name() + " defaults to the string " + c.defaultValue());
                }
            }
        }
    }
}
