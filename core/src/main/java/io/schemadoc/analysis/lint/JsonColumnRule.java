package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class JsonColumnRule implements SchemaRule {
    @Override
    public String id() {
        return "json-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Column of type json instead of jsonb";
    }

    @Override
    public String reason() {
        return """
            `json` keeps the text exactly as written and re-parses it on every access; it has no equality operator,
            so it cannot be compared, grouped, made unique or indexed with GIN. `jsonb` stores a parsed binary
            form that is faster to query and supports containment and GIN indexes. Use `jsonb` unless you must
            keep key order, duplicate keys or whitespace: `ALTER TABLE t ALTER COLUMN c TYPE jsonb`.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.base(c.type()).equals("json")) {
                    ctx.column(t, c, "column " + c.name() + " is json; use jsonb");
                }
            }
        }
    }
}
