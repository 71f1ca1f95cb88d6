package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Constraint;

final class VarcharPrimaryKeyRule implements SchemaRule {
    @Override
    public String id() {
        return "varchar-primary-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Primary key on a text or varchar column";
    }

    @Override
    public String reason() {
        return """
            A text key is usually a natural key (a code, an e-mail, a slug): it is larger than a `bigint` in the
            table, in every index and in every referencing table, compares slower under a collation, and when
            the value changes every reference must change with it. Prefer a surrogate key (identity or `uuid`)
            and keep the natural key UNIQUE.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            Constraint pk = t.primaryKey();
            if (pk == null || pk.inherited()) {
                continue;
            }
            for (String name : pk.columns()) {
                Column c = t.column(name);
                String b = c == null ? "" : Types.base(c.type());
                if (b.equals("character varying") || b.equals("text") || b.equals("character")) {
                    ctx.column(t, c, "primary key column " + c.name() + " is " + c.type());
                }
            }
        }
    }
}
