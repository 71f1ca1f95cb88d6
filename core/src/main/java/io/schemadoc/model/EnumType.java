package io.schemadoc.model;

import java.util.List;

/** An enum type with its labels in sort order (enumsortorder). */
public record EnumType(String schema, String name, List<String> labels, String owner, String comment, SourceLocation source) {
    public EnumType {
        Lists.require(schema, "schema", "EnumType");
        Lists.require(name, "name", "EnumType");
        labels = Lists.copy(labels);
    }

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
