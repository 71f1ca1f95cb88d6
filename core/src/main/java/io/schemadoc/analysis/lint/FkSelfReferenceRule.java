package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;

final class FkSelfReferenceRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-self-reference";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "Foreign key whose columns reference themselves";
    }

    @Override
    public String reason() {
        return """
            A foreign key from a table to itself whose columns are exactly the columns it references
            (`FOREIGN KEY (id) REFERENCES t (id)`) is always satisfied: each row references itself. It checks
            nothing while costing a trigger on every write, and it is usually a typo for `parent_id`. Point it
            at the intended column or drop it.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Constraint fk : t.foreignKeys()) {
                if (!fk.inherited() && fk.foreignKey().referencedSchema().equals(t.schema()) && fk.foreignKey().referencedTable().equals(t.name())
                    && fk.columns().equals(fk.foreignKey().referencedColumns())) {
                    ctx.constraint(t, fk, "foreign key " + fk.name() + " references its own columns (" + String.join(", ", fk.columns()) + ")");
                }
            }
        }
    }
}
