package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class TimestampWithoutTimeZoneRule implements SchemaRule {
    @Override
    public String id() {
        return "timestamp-without-time-zone";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Column of type timestamp without time zone";
    }

    @Override
    public String reason() {
        return """
            `timestamp` (without time zone) stores a wall-clock reading with no zone: the same instant written by
            servers or sessions in different time zones gets different values, and daylight-saving changes make
            hours repeat or vanish. `timestamptz` stores an absolute instant (and costs the same 8 bytes); it is
            shown in the session's time zone. Use `timestamptz` for moments in time: `ALTER TABLE t ALTER COLUMN c
            TYPE timestamptz USING c AT TIME ZONE 'UTC'` (with the zone the values were written in). Keep `timestamp`
            only for civil times that must not move, such as a recurring local opening hour.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.isTimestampWithoutTimeZone(c)) {
                    ctx.column(t, c, "column " + c.name() + " is " + c.type() + "; use timestamptz");
                }
            }
        }
    }
}
