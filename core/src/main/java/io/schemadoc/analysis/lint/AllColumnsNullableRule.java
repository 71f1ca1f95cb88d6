package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Constraint;
import java.util.List;

final class AllColumnsNullableRule implements SchemaRule {
    @Override
    public String id() {
        return "all-columns-nullable";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Every column but the primary key is nullable";
    }

    @Override
    public String reason() {
        return """
            When no column besides the key is NOT NULL, a row with nothing in it is valid, and every reader must
            handle NULL everywhere. Usually some columns are in fact required. Add NOT NULL to those (on a big table:
            a `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE`, then `SET NOT NULL`, which then skips the scan).""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.partitionOf() != null) {
                continue;
            }
            Constraint pk = t.primaryKey();
            List<Column> rest = t.columns().stream().filter(c -> pk == null || !pk.columns().contains(c.name())).toList();
            if (!rest.isEmpty() && rest.stream().allMatch(Column::nullable)) {
                ctx.table(t, "every column of " + t.name() + (pk == null ? "" : " except the primary key") + " is nullable");
            }
        }
    }
}
