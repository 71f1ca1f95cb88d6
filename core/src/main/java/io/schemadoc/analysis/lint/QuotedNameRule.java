package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.Names;
import io.schemadoc.model.Table;

final class QuotedNameRule implements SchemaRule {
    @Override
    public String id() {
        return "quoted-name";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    static boolean needsQuotes(String name) {
        return !Names.quoteIdent(name).equals(name);
    }

    @Override
    public String title() {
        return "Name that must be written in double quotes";
    }

    @Override
    public String reason() {
        return """
            A table, column, index or constraint whose name has capitals, spaces or other special characters, or is
            a reserved word (`user`, `order`), must be double-quoted in every query, exactly as created:
            `SELECT "sessionToken" FROM "user"`. Forgetting the quotes folds the name to lower case and the query
            fails (or hits another object), and every tool, ORM mapping and ad-hoc query pays the cost. Rename to
            lower-case snake_case names that are not keywords (`ALTER TABLE "user" RENAME TO users`).""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (needsQuotes(t.name())) {
                ctx.table(t, "table name " + t.name() + " needs double quotes (quote_ident gives " + Names.quoteIdent(t.name()) + ")");
            }
            for (Column c : t.columns()) {
                if (needsQuotes(c.name())) {
                    ctx.column(t, c, "column name " + c.name() + " needs double quotes (quote_ident gives " + Names.quoteIdent(c.name()) + ")");
                }
            }
            for (Index i : IndexKeys.own(t)) {
                if (i.constraint() == null && needsQuotes(i.name())) {
                    ctx.index(t, i, "index name " + i.name() + " needs double quotes (quote_ident gives " + Names.quoteIdent(i.name()) + ")");
                }
            }
            for (Constraint c : t.constraints()) {
                if (!c.inherited() && needsQuotes(c.name())) {
                    ctx.constraint(t, c, "constraint name " + c.name() + " needs double quotes (quote_ident gives " + Names.quoteIdent(c.name()) + ")");
                }
            }
        }
    }
}
