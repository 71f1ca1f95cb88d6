package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;

final class TableInheritanceRule implements SchemaRule {
    @Override
    public String id() {
        return "table-inheritance";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Table using classic INHERITS";
    }

    @Override
    public String reason() {
        return """
            Classic table inheritance (`INHERITS`) does not carry primary keys, unique constraints or foreign keys
            to the children, so uniqueness and references silently stop at the parent, and many tools and ORMs
            ignore it. For splitting data by key, use declarative partitioning; for shared columns, repeat them
            or use a composite type.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            if (!t.inherits().isEmpty()) {
                ctx.table(t, "table " + t.name() + " inherits from " + t.inherits().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
    }
}
