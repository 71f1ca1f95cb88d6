package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Table;

final class IndexBloatRule implements LiveRule {
    @Override
    public String id() {
        return "index-bloat";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "B-tree index much larger than a fresh build would be";
    }

    @Override
    public String reason() {
        return """
            B-tree pages emptied by deletes and updates are reused only for keys in the same range, so indexes on
            churning tables (queues, time-ordered keys with deletes) grow well past the size of a fresh build,
            making scans and caching more expensive. Rebuild without blocking writes: `REINDEX INDEX
            CONCURRENTLY name` (PostgreSQL 12+). Reported when the estimated waste (from `pg_stats` widths and
            the row count) is at least half the index and at least 4 MB. Size and row count are both those of the
            last VACUUM or ANALYZE (`relpages`, `reltuples`), so an index that merely grew since is not taken for
            bloat, and no index is opened or locked to measure it.""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        for (LiveStats.IndexUsage u : stats.indexes()) {
            if (!Sizes.bloated(u.sizeBytes(), u.expectedBytes())) {
                continue;
            }
            Table t = ctx.index().table(u.schema(), u.table());
            Index i = t == null ? null : LiveLookups.index(t, u.index());
            if (i != null) {
                ctx.index(t, i, "index " + i.name() + " takes " + Sizes.human(u.sizeBytes()) + " where a fresh build needs about "
                    + Sizes.human(u.expectedBytes()));
            }
        }
    }
}
