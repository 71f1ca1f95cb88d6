package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Table;

final class TableBloatRule implements LiveRule {
    @Override
    public String id() {
        return "table-bloat";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Table much larger than its live rows need";
    }

    @Override
    public String reason() {
        return """
            Updates and deletes leave dead row versions that VACUUM makes reusable but does not give back to the
            operating system. A table far larger than its rows need (estimated from `pg_stats` widths and the row
            count) reads more pages for every sequential scan and wastes cache. Check that autovacuum keeps up
            (`n_dead_tup`, long transactions holding back cleanup); to shrink the file, use `pg_repack` or
            `VACUUM FULL` in a maintenance window (it locks the table). Reported when the estimated waste is at
            least half the table and at least 4 MB. Size and row count are both those of the last VACUUM or
            ANALYZE (`relpages`, `reltuples`), so a table that merely grew since is not taken for bloat, and no
            table is opened or locked to measure it.""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        for (LiveStats.TableUsage u : stats.tables()) {
            if (!Sizes.bloated(u.sizeBytes(), u.expectedBytes())) {
                continue;
            }
            Table t = ctx.index().table(u.schema(), u.table());
            if (t != null) {
                ctx.table(t, "table " + t.name() + " takes " + Sizes.human(u.sizeBytes()) + " where its rows need about "
                    + Sizes.human(u.expectedBytes()) + " (" + u.deadRows() + " dead rows)");
            }
        }
    }
}
