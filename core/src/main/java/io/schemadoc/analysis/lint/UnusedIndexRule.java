package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Table;

final class UnusedIndexRule implements LiveRule {
    @Override
    public String id() {
        return "unused-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    /** Fewer days of statistics than this say too little about a weekly or monthly workload. */
    static final double MIN_DAYS = 7;

    @Override
    public String title() {
        return "Index never scanned since the statistics were reset";
    }

    @Override
    public String reason() {
        return """
            An index with no scans in `pg_stat_user_indexes` costs a write on every INSERT and most UPDATEs, space
            on disk and in backups, and room in shared buffers, for nothing. Before dropping it, make sure the
            counters cover a representative period (statistics reset recently, or a monthly report not yet run;
            this rule waits for 7 days of statistics) and that no replica serves the queries that use it: the
            counts are per server. Then `DROP INDEX CONCURRENTLY`. Indexes that enforce a constraint are never
            reported. The size shown is the index's as of its last build, VACUUM or ANALYZE (`relpages`).""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        if (stats.statsResetDaysAgo() >= 0 && stats.statsResetDaysAgo() < MIN_DAYS) {
            ctx.note(String.format(java.util.Locale.ROOT, "statistics were reset %.1f days ago; waiting for %d days before calling an index unused",
                stats.statsResetDaysAgo(), (long) MIN_DAYS));
            return;
        }
        for (LiveStats.IndexUsage u : stats.indexes()) {
            Table t = ctx.index().table(u.schema(), u.table());
            Index i = t == null ? null : LiveLookups.index(t, u.index());
            if (i == null || u.scans() > 0 || i.unique() || i.constraint() != null || !i.valid() || i.inherited()) {
                continue;
            }
            ctx.index(t, i, "index " + i.name() + " (" + Sizes.human(u.sizeBytes()) + ") has not been scanned "
                + (stats.statsResetDaysAgo() < 0 ? "since statistics began" : "in " + (long) stats.statsResetDaysAgo() + " days"));
        }
    }
}
