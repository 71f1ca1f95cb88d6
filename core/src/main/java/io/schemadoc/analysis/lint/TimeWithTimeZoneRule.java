package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class TimeWithTimeZoneRule implements SchemaRule {
    @Override
    public String id() {
        return "time-with-time-zone";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Column of type time with time zone";
    }

    @Override
    public String reason() {
        return """
            `timetz` stores a time of day with a fixed UTC offset but no date, so it cannot know whether daylight
            saving applies; the PostgreSQL documentation itself advises against it. Store a `timestamptz` for a
            moment, or a plain `time` together with a time-zone name column for a recurring local time.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.isTimeWithTimeZone(c)) {
                    ctx.column(t, c, "column " + c.name() + " is " + c.type());
                }
            }
        }
    }
}
