package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Table;

final class LowSelectivityIndexRule implements LiveRule {
    @Override
    public String id() {
        return "low-selectivity-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    static final double MIN_ROWS = 10_000;
    static final double MAX_DISTINCT = 10;

    @Override
    public String title() {
        return "Index led by a column with very few distinct values";
    }

    @Override
    public String reason() {
        return """
            An index helps when it narrows a search to a small share of the rows. When its leading column holds
            only a handful of distinct values (`pg_stats.n_distinct`: a status, a type, a flag) on a large table,
            each value matches a large share of the table and the planner prefers a sequential scan, so the index
            is paid for on every write and rarely read. Consider a partial index on the rare value
            (`WHERE status = 'pending'`), or putting a more selective column first. Reported on tables of at
            least 10,000 rows whose leading index column has at most 10 distinct values.""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        for (LiveStats.ColumnStats s : stats.columns()) {
            if (s.tableRows() < MIN_ROWS) {
                continue;
            }
            double distinct = s.nDistinct() >= 0 ? s.nDistinct() : -s.nDistinct() * s.tableRows();
            if (distinct > MAX_DISTINCT) {
                continue;
            }
            Table t = ctx.index().table(s.schema(), s.table());
            if (t == null) {
                continue;
            }
            for (Index i : IndexKeys.own(t)) {
                if (!i.unique() && i.predicate() == null && !i.keys().isEmpty() && s.column().equals(i.keys().get(0).column())) {
                    ctx.index(t, i, "index " + i.name() + " is led by " + s.column() + ", which has about " + Math.round(distinct)
                        + " distinct values in " + Math.round(s.tableRows()) + " rows");
                }
            }
        }
    }
}
