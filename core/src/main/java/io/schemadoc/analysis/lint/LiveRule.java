package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;

/** A rule that needs statistics of a running database ({@link LiveStats}); skipped for SQL files and snapshots. */
public non-sealed interface LiveRule extends Rule {

    void check(LintContext ctx, LiveStats stats);
}
