package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;

final class PrimaryKeyNotFirstRule implements SchemaRule {
    @Override
    public String id() {
        return "primary-key-not-first";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Primary key columns are not the first columns of the table";
    }

    @Override
    public String reason() {
        return """
            Readers expect a row's identity first: in `SELECT *`, in psql, in diagrams and in generated code. A key
            buried among other columns is easy to miss and hints that the table grew by accretion. PostgreSQL
            cannot reorder columns in place; fix it when the table is next rebuilt, and create new tables with the
            key first.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            Constraint pk = t.primaryKey();
            if (pk == null || t.partitionOf() != null || t.columns().isEmpty() || pk.columns().isEmpty()) {
                continue;
            }
            if (!t.columns().get(0).name().equals(pk.columns().get(0))) {
                ctx.table(t, "primary key (" + String.join(", ", pk.columns()) + ") of " + t.name() + " does not start at the first column");
            }
        }
    }
}
