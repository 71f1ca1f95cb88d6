package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;

final class UnlinkedTableRule implements SchemaRule {
    @Override
    public String id() {
        return "unlinked-table";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Table linked to no other table by a foreign key";
    }

    @Override
    public String reason() {
        return """
            A table that neither references nor is referenced by any other table is either a deliberate island
            (a settings table, a queue, an import buffer) or a relation the schema forgot to declare, so nothing
            stops orphaned ids and diagrams show it floating. Add the missing foreign keys; for a deliberate island,
            say so with `schemadoc:ignore unlinked-table` in its comment.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (t.partitionOf() != null || t.kind() == TableKind.FOREIGN_TABLE) {
                continue;
            }
            boolean out = t.foreignKeys().stream().anyMatch(fk -> !fk.inherited()
                && !(fk.foreignKey().referencedSchema().equals(t.schema()) && fk.foreignKey().referencedTable().equals(t.name())));
            boolean in = ctx.index().referencedBy(t.qualifiedName()).stream().anyMatch(i -> !i.child().qualifiedName().equals(t.qualifiedName()));
            if (!out && !in) {
                ctx.table(t, "table " + t.name() + " is linked to no other table");
            }
        }
    }
}
