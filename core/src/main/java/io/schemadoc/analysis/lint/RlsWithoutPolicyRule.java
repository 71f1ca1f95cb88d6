package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;

final class RlsWithoutPolicyRule implements SchemaRule {
    @Override
    public String id() {
        return "rls-without-policy";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Row-level security enabled with no policy";
    }

    @Override
    public String reason() {
        return """
            With row-level security enabled and no policy, PostgreSQL denies every row to every role except the
            owner and roles with BYPASSRLS: queries return nothing and writes fail, with no error that says why.
            That is rarely the intent. Add the policies (`CREATE POLICY … USING (…)`), or, if the table must be
            closed to clients on purpose, say so with `schemadoc:ignore rls-without-policy` in its comment.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.rlsEnabled() && t.policies().isEmpty()) {
                ctx.table(t, "table " + t.name() + " has row-level security enabled but no policy");
            }
        }
    }
}
