package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;

final class NoPrimaryKeyRule implements SchemaRule {
    @Override
    public String id() {
        return "no-primary-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Table without a primary key";
    }

    @Override
    public String reason() {
        return """
            Without a primary key a row has no reliable identity: duplicates slip in, ORMs and admin tools cannot
            update or delete a single row, logical replication cannot replicate UPDATE and DELETE (unless a replica
            identity is set), and other tables cannot reference it. Add a primary key, ideally a `bigint GENERATED
            ALWAYS AS IDENTITY` or `uuid` column, or declare the natural key if there is one.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.kind() != TableKind.FOREIGN_TABLE && t.primaryKey() == null) {
                ctx.table(t, "table " + t.name() + " has no primary key");
            }
        }
    }
}
