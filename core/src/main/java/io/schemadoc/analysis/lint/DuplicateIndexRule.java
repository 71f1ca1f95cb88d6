package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.Table;
import java.util.List;

final class DuplicateIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "duplicate-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Two indexes with the same definition";
    }

    @Override
    public String reason() {
        return """
            Identical indexes (same method, keys, operator classes, collations, INCLUDE columns and predicate)
            answer the same queries (a B-tree is scanned in either direction, so ASC/DESC only matters for an
            ORDER BY that mixes directions), yet every INSERT, UPDATE and DELETE maintains both, and both take
            space in memory and backups. This often comes from an ORM declaring an index that a UNIQUE or PRIMARY
            KEY constraint already created. Drop the one that backs no constraint (`DROP INDEX CONCURRENTLY`);
            if one is unique and the other not, keep the unique one.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Index> own = IndexKeys.own(t);
            for (int a = 0; a < own.size(); a++) {
                for (int b = a + 1; b < own.size(); b++) {
                    Index x = own.get(a);
                    Index y = own.get(b);
                    if (IndexKeys.duplicates(x, y)) {
                        Index drop = keeps(x, y) ? y : x;
                        Index keep = drop == x ? y : x;
                        ctx.index(t, drop, "index " + drop.name() + " duplicates " + keep.name()
                            + (IndexKeys.sameOrder(x, y) ? "" : " (only ASC/DESC differ: both serve the same searches unless a query sorts by mixed directions)"));
                    }
                }
            }
        }
    }

    /** Whether {@code x} is the one to keep: it backs a constraint or is unique, else the first by name. */
    private static boolean keeps(Index x, Index y) {
        int sx = (x.constraint() != null ? 2 : 0) + (x.unique() ? 1 : 0);
        int sy = (y.constraint() != null ? 2 : 0) + (y.unique() ? 1 : 0);
        return sx >= sy;
    }
}
