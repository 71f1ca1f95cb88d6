package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Constraint;

final class SerialInsteadOfIdentityRule implements SchemaRule {
    @Override
    public String id() {
        return "serial-instead-of-identity";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "serial column instead of an identity column";
    }

    @Override
    public String reason() {
        return """
            `serial` and `bigserial` are a default of `nextval()` on a separately owned sequence: the sequence has
            its own permissions to grant, survives or breaks in copies of the table (`CREATE TABLE … (LIKE …)`),
            and the column accepts any hand-written value, so inserts with explicit ids later collide with the
            sequence. An identity column (`GENERATED ALWAYS AS IDENTITY`, PostgreSQL 10+) is the SQL-standard form
            that ties the sequence to the column. Convert with `ALTER TABLE t ALTER COLUMN id DROP DEFAULT`, drop
            the old sequence, then `ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH
            <max+1>)`. A serial `integer` primary key is doubly at risk: it runs out at 2.1 billion rows.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            Constraint pk = t.primaryKey();
            for (Column c : t.columns()) {
                if (Types.hasSequenceDefault(c)) {
                    boolean inPk = pk != null && pk.columns().contains(c.name());
                    ctx.column(t, c, "column " + c.name() + " (" + c.type() + (inPk ? ", primary key" : "")
                        + ") takes its default from a sequence; use GENERATED ALWAYS AS IDENTITY");
                }
            }
        }
    }
}
