package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;

final class TimestampInMiddleOfIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "timestamp-in-middle-of-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Timestamp column before the last key of a non-unique index";
    }

    @Override
    public String reason() {
        return """
            Multi-column B-tree indexes work best in Equality, Sort, Range order: columns compared with `=` first,
            range-filtered columns last. A timestamp is almost always searched by range, and a range on a leading
            column stops the index from narrowing by the columns after it. Put the timestamp last: `(user_id,
            status, created_at)` rather than `(user_id, created_at, status)`.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Index i : IndexKeys.own(t)) {
                if (i.unique() || !i.valid() || i.keys().size() < 2) {
                    continue;
                }
                for (IndexColumn k : i.keys().subList(0, i.keys().size() - 1)) {
                    Column c = k.column() == null ? null : t.column(k.column());
                    if (c != null && Types.isTimestamp(c)) {
                        ctx.index(t, i, "index " + i.name() + " has timestamp column " + c.name() + " before its last key");
                        break;
                    }
                }
            }
        }
    }
}
