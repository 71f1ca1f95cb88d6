package io.schemadoc.analysis.lint;

import io.schemadoc.model.Routine;

final class MissingRoutineCommentRule implements SchemaRule {
    @Override
    public String id() {
        return "missing-routine-comment";
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
        return "Function or procedure without a comment";
    }

    @Override
    public String reason() {
        return """
            A routine's name and arguments rarely say when it runs, what it writes and what it expects of its
            caller. `COMMENT ON FUNCTION` keeps that next to the code, where schemadoc's routine pages and psql's
            `\\df+` show it. Off by default; turn it on in the config when the team documents every routine.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Routine r : ctx.schema().routines()) {
            if (r.extension() == null && (r.comment() == null || r.comment().isBlank())) {
                ctx.routine(r, r.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + r.signature() + " has no comment");
            }
        }
    }
}
