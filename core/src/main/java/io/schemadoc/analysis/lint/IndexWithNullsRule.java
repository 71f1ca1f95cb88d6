package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;

final class IndexWithNullsRule implements SchemaRule {
    @Override
    public String id() {
        return "index-with-null-values";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Non-unique index led by a nullable column it does not filter";
    }

    @Override
    public String reason() {
        return """
            A B-tree index stores NULLs too. When the leading column of a non-unique index is mostly NULL (an
            optional reference, a `deleted_at`), most of the index holds entries no equality search will ever ask
            for. If queries only look for non-null values, make it partial: `CREATE INDEX … ON t (col) WHERE col
            IS NOT NULL`; it is smaller and cheaper to maintain.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : IndexKeys.own(t)) {
                if (i.unique() || i.keys().isEmpty() || i.keys().get(0).column() == null) {
                    continue;
                }
                Column c = t.column(i.keys().get(0).column());
                if (c != null && c.nullable() && (i.predicate() == null || !i.predicate().toLowerCase(java.util.Locale.ROOT).contains(c.name().toLowerCase(java.util.Locale.ROOT)))) {
                    ctx.index(t, i, "index " + i.name() + " is led by nullable column " + c.name() + " and does not filter out NULLs");
                }
            }
        }
    }
}
