package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Sequence;

final class SequenceNearExhaustionRule implements LiveRule {
    @Override
    public String id() {
        return "sequence-near-exhaustion";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    static final double THRESHOLD = 0.75;

    @Override
    public String title() {
        return "Sequence has used most of its range";
    }

    @Override
    public String reason() {
        return """
            When a sequence reaches its maximum (or the largest value its `integer` column can hold, 2,147,483,647),
            every insert that needs a new id fails, and the fix on a large table (`ALTER COLUMN … TYPE bigint`)
            rewrites it under an exclusive lock. Start the migration well before: change the column (and the columns
            referencing it) to `bigint`, then the sequence (`ALTER SEQUENCE … AS bigint`). Reported above 75 %
            of the range.""";
    }

    @Override
    public void check(LintContext ctx, LiveStats stats) {
        for (LiveStats.SequenceUse u : stats.sequences()) {
            if (u.used() < THRESHOLD) {
                continue;
            }
            for (Sequence s : ctx.schema().sequences()) {
                if (s.schema().equals(u.schema()) && s.name().equals(u.name())) {
                    ctx.sequence(s, "sequence " + s.name() + " has used " + Math.round(u.used() * 100) + " % of its range (last value "
                        + u.lastValue() + " of " + u.limit() + ")");
                }
            }
        }
    }
}
