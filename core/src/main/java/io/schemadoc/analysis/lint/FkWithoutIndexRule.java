package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class FkWithoutIndexRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-without-index";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Foreign key whose columns are not the leading columns of any index";
    }

    @Override
    public String reason() {
        return """
            PostgreSQL indexes the referenced side of a foreign key (it must be unique) but not the referencing
            side. Every DELETE or key UPDATE on the parent then scans the child table to check or cascade, holding
            locks while it does, and joins from parent to children cannot use an index. Create an index whose
            leading columns are the foreign key's columns, e.g. `CREATE INDEX CONCURRENTLY ON child (parent_id)`;
            a partial, invalid or expression index does not count.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Constraint fk : t.foreignKeys()) {
                if (fk.inherited() || covered(t, fk.columns())) {
                    continue;
                }
                ctx.constraint(t, fk, "foreign key (" + String.join(", ", fk.columns()) + ") → "
                    + fk.foreignKey().referencedQualifiedName() + " has no index with these leading columns");
            }
        }
    }

    /** An index whose first n key columns are exactly the n FK columns, in any order: lookups by the key can use it. */
    static boolean covered(Table t, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        for (Index i : t.indexes()) {
            if (!i.valid() || i.predicate() != null || i.keys().size() < columns.size()
                || !(i.method().equals("btree") || i.method().equals("hash") && columns.size() == 1)) {
                continue;
            }
            Set<String> leading = new HashSet<>();
            for (IndexColumn k : i.keys().subList(0, columns.size())) {
                if (k.column() != null) {
                    leading.add(k.column());
                }
            }
            if (leading.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
