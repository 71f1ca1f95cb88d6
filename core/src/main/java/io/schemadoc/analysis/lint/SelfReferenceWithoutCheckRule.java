package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;
import java.util.List;

final class SelfReferenceWithoutCheckRule implements SchemaRule {
    @Override
    public String id() {
        return "self-reference-without-check";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    /**
     * Both columns make up the primary key: a link table pairing two rows of one table (referrer and referred).
     * Two references that merely share a target (billing and shipping address) may well be equal.
     */
    private static boolean pair(Table t, String a, String b) {
        Constraint pk = t.primaryKey();
        return pk != null && pk.columns().contains(a) && pk.columns().contains(b);
    }

    /** A CHECK over both columns (the catalog lists the columns a check reads): trust it to say they differ. */
    private static boolean checked(Table t, String a, String b) {
        return t.constraints().stream().anyMatch(c -> c.type() == Constraint.Type.CHECK && c.columns().contains(a) && c.columns().contains(b));
    }

    @Override
    public String title() {
        return "Row may reference itself: no CHECK tells the two keys apart";
    }

    @Override
    public String reason() {
        return """
            When a table references itself (`users.referred_by → users.id`), or is a link table whose primary key pairs
            two references to the same table (`referrals (referrer_id, referred_id) → users`), nothing stops a row from pointing at itself
            or pairing a user with themselves, which the business rule usually forbids ("users cannot refer
            themselves"). State it in the schema: `CHECK (referred_by <> id)` or `CHECK (referrer_id <>
            referred_id)`.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            List<Constraint> fks = t.foreignKeys().stream().filter(c -> !c.inherited() && c.columns().size() == 1).toList();
            for (Constraint fk : fks) {
                if (fk.foreignKey().referencedSchema().equals(t.schema()) && fk.foreignKey().referencedTable().equals(t.name())) {
                    String key = fk.foreignKey().referencedColumns().get(0);
                    String col = fk.columns().get(0);
                    if (!col.equals(key) && !checked(t, col, key)) {
                        ctx.constraint(t, fk, "no CHECK keeps " + col + " different from " + key + ": a row may reference itself");
                    }
                }
            }
            for (int a = 0; a < fks.size(); a++) {
                for (int b = a + 1; b < fks.size(); b++) {
                    Constraint x = fks.get(a);
                    Constraint y = fks.get(b);
                    if (DuplicateForeignKeyRule.sameTarget(x, y) && x.foreignKey().referencedColumns().equals(y.foreignKey().referencedColumns())
                        && !x.columns().equals(y.columns()) && pair(t, x.columns().get(0), y.columns().get(0))
                        && !checked(t, x.columns().get(0), y.columns().get(0))) {
                        ctx.constraint(t, y, "no CHECK keeps " + x.columns().get(0) + " and " + y.columns().get(0)
                            + " different: both reference " + x.foreignKey().referencedQualifiedName());
                    }
                }
            }
        }
    }
}
