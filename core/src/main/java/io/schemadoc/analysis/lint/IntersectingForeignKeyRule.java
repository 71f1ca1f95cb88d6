package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;
import java.util.List;

final class IntersectingForeignKeyRule implements SchemaRule {
    @Override
    public String id() {
        return "intersecting-foreign-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Foreign keys to the same table that share columns";
    }

    @Override
    public String reason() {
        return """
            Two foreign keys from one table to the same parent that share some of their columns, e.g.
            `(tenant_id, user_id)` and `(user_id)`, often mean one of them is left over from before a composite
            key was introduced: the narrower one checks less and lets rows point across tenants. Keep the one that
            states the real relation and drop the other.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Constraint> fks = t.foreignKeys().stream().filter(c -> !c.inherited()).toList();
            for (int a = 0; a < fks.size(); a++) {
                for (int b = a + 1; b < fks.size(); b++) {
                    Constraint x = fks.get(a);
                    Constraint y = fks.get(b);
                    if (DuplicateForeignKeyRule.sameTarget(x, y) && !x.columns().equals(y.columns())
                        && x.columns().stream().anyMatch(y.columns()::contains)) {
                        ctx.constraint(t, y, "foreign key " + y.name() + " (" + String.join(", ", y.columns()) + ") shares columns with "
                            + x.name() + " (" + String.join(", ", x.columns()) + ") to the same table");
                    }
                }
            }
        }
    }
}
