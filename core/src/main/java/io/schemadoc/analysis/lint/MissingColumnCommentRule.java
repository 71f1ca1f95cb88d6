package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class MissingColumnCommentRule implements SchemaRule {
    @Override
    public String id() {
        return "missing-column-comment";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Column without a comment";
    }

    @Override
    public String reason() {
        return """
            Column names say what a value is called, rarely what it means: units, time zone, who sets it, which
            values are legal. `COMMENT ON COLUMN` puts that where every tool shows it. Off by default; turn it on
            in the config when the team documents every column.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.schema().tables()) {
            if (t.partitionOf() != null) {
                continue;
            }
            for (Column c : t.columns()) {
                if (c.comment() == null || c.comment().isBlank()) {
                    ctx.column(t, c, "column " + c.name() + " has no comment");
                }
            }
        }
    }
}
