package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Sequence;
import java.nio.charset.StandardCharsets;

final class NameAtLengthLimitRule implements SchemaRule {
    @Override
    public String id() {
        return "name-at-length-limit";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    static boolean tooLong(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length >= 63;
    }

    @Override
    public String title() {
        return "Name exactly 63 bytes long: probably truncated";
    }

    @Override
    public String reason() {
        return """
            PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1). A name of exactly that length
            was most likely cut: generated constraint and index names collide (`CREATE` then fails, or an `IF NOT
            EXISTS` silently skips), and migrations that refer to the full name miss the object. Give the object
            a shorter name explicitly.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.schema().tables()) {
            if (tooLong(t.name())) {
                ctx.table(t, "name of " + t.name() + " is 63 bytes long");
            }
            for (Column c : t.columns()) {
                if (tooLong(c.name())) {
                    ctx.column(t, c, "column name " + c.name() + " is 63 bytes long");
                }
            }
            for (Index i : t.indexes()) {
                if (tooLong(i.name()) && !i.inherited()) {
                    ctx.index(t, i, "index name " + i.name() + " is 63 bytes long");
                }
            }
            for (Constraint c : t.constraints()) {
                if (tooLong(c.name()) && !c.inherited()) {
                    ctx.constraint(t, c, "constraint name " + c.name() + " is 63 bytes long");
                }
            }
        }
        for (Routine r : ctx.schema().routines()) {
            if (tooLong(r.name()) && r.extension() == null) {
                ctx.routine(r, "routine name " + r.name() + " is 63 bytes long");
            }
        }
        for (Sequence s : ctx.schema().sequences()) {
            if (tooLong(s.name())) {
                ctx.sequence(s, "sequence name " + s.name() + " is 63 bytes long");
            }
        }
    }
}
