package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;
import java.util.List;

final class DuplicateForeignKeyRule implements SchemaRule {
    @Override
    public String id() {
        return "duplicate-foreign-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    static boolean sameTarget(Constraint x, Constraint y) {
        return x.foreignKey().referencedSchema().equals(y.foreignKey().referencedSchema())
            && x.foreignKey().referencedTable().equals(y.foreignKey().referencedTable());
    }

    @Override
    public String title() {
        return "Two foreign keys with the same columns and target";
    }

    @Override
    public String reason() {
        return """
            Two foreign keys from the same columns to the same table check the same thing twice: every insert and
            update on the child and every delete on the parent runs both checks (and both cascades, if any). They
            usually come from a migration that re-added a constraint under a new name. Drop one.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Constraint> fks = t.foreignKeys().stream().filter(c -> !c.inherited()).toList();
            for (int a = 0; a < fks.size(); a++) {
                for (int b = a + 1; b < fks.size(); b++) {
                    Constraint x = fks.get(a);
                    Constraint y = fks.get(b);
                    if (sameTarget(x, y) && x.columns().equals(y.columns())) {
                        ctx.constraint(t, y, "foreign key " + y.name() + " duplicates " + x.name());
                    }
                }
            }
        }
    }
}
