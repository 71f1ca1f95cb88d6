package io.schemadoc.analysis.lint;

/** A rule that needs statistics of a running database ({@link LiveStats}); skipped for SQL files and snapshots. */
public non-sealed interface LiveRule extends Rule {

    void check(LintContext ctx, LiveStats stats);
}
