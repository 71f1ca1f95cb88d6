package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Table;

final class SequentialScanHeavyRule implements LiveRule {
    @Override
    public String id() {
        return "seq-scan-heavy";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    static final long MIN_ROWS = 10_000;
    static final long MIN_SCANS = 10;

    @Override
    public String title() {
        return "Large table read mostly by sequential scans";
    }

    @Override
    public String reason() {
        return """
            A table of many rows that is read more often by sequential scans than through indexes makes each of those
            queries read the whole table: fine for reports, costly when it is a request path. Find the queries
            (`pg_stat_statements`, sorted by `shared_blks_read`) and add the index their WHERE or JOIN needs.
            Reported for tables of at least 10,000 rows with at least 10 sequential scans and more of them than
            index scans.""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        for (LiveStats.TableUsage u : stats.tables()) {
            if (u.liveRows() < MIN_ROWS || u.seqScans() < MIN_SCANS || u.seqScans() <= u.indexScans()) {
                continue;
            }
            Table t = ctx.index().table(u.schema(), u.table());
            if (t != null) {
                ctx.table(t, "table " + t.name() + " (" + u.liveRows() + " rows) had " + u.seqScans() + " sequential scans and "
                    + u.indexScans() + " index scans");
            }
        }
    }
}
