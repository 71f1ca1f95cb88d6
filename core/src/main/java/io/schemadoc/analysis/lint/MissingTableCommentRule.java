package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;

final class MissingTableCommentRule implements SchemaRule {
    @Override
    public String id() {
        return "missing-table-comment";
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
        return "Table or view without a comment";
    }

    @Override
    public String reason() {
        return """
            A comment (`COMMENT ON TABLE`) is the one piece of documentation that travels with the schema: psql's
            `\\d+`, IDEs, and schemadoc's own pages show it next to the table. Say what one row is and who writes
            it. Off by default; turn it on in the config when the team documents every table.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.schema().tables()) {
            if (t.partitionOf() == null && (t.comment() == null || t.comment().isBlank())) {
                ctx.table(t, (t.kind().isView() ? "view " : "table ") + t.name() + " has no comment");
            }
        }
    }
}
