package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;

final class NotValidConstraintRule implements SchemaRule {
    @Override
    public String id() {
        return "not-valid-constraint";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Constraint added NOT VALID and never validated";
    }

    @Override
    public String reason() {
        return """
            `ADD CONSTRAINT … NOT VALID` is the safe way to add a check or foreign key to a big table: new rows are
            checked at once, old rows are not. Until `ALTER TABLE t VALIDATE CONSTRAINT c` runs, existing rows may
            break the rule, and the planner cannot use the constraint (for example to exclude partitions). Run the
            validation (it takes only a SHARE UPDATE EXCLUSIVE lock) and fix the rows it reports.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Constraint c : t.constraints()) {
                if (!c.validated() && !c.inherited()) {
                    ctx.constraint(t, c, c.type().label() + " constraint " + c.name() + " is NOT VALID");
                }
            }
        }
    }
}
