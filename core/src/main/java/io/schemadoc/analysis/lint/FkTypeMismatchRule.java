package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;

final class FkTypeMismatchRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-type-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Foreign key column whose type differs from the referenced column";
    }

    @Override
    public String reason() {
        return """
            A foreign key from an `integer` column to a `bigint` key (or `varchar` to `text`, `uuid` to
            `text`) works until it doesn't: the child cannot hold every parent key once the parent outgrows the
            smaller type, and joins between the two need an implicit cast that can stop the planner from using
            an index. A longer `varchar(n)` than the key it references is reported too: the
            extra length can never hold a valid value and misleads readers. Change the referencing column to
            exactly the referenced column's type.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Constraint fk : t.foreignKeys()) {
                if (fk.inherited()) {
                    continue;
                }
                Table parent = ctx.index().table(fk.foreignKey().referencedSchema(), fk.foreignKey().referencedTable());
                if (parent == null) {
                    continue;
                }
                for (int k = 0; k < fk.columns().size() && k < fk.foreignKey().referencedColumns().size(); k++) {
                    Column child = t.column(fk.columns().get(k));
                    Column key = parent.column(fk.foreignKey().referencedColumns().get(k));
                    if (child != null && key != null && !child.type().equals(key.type())) {
                        ctx.column(t, child, "column " + child.name() + " is " + child.type() + " but references "
                            + parent.name() + "." + key.name() + " of type " + key.type() + " (" + fk.name() + ")");
                    }
                }
            }
        }
    }
}
