package io.schemadoc.model;

import java.util.Comparator;
import java.util.List;

/** A free-standing composite type (CREATE TYPE … AS (…)); a table's row type is not listed. */
public record CompositeType(String schema, String name, List<Attribute> attributes, String owner, String comment, SourceLocation source) {
    public CompositeType {
        Lists.require(schema, "schema", "CompositeType");
        Lists.require(name, "name", "CompositeType");
        attributes = Lists.sorted(attributes, Comparator.comparingInt(Attribute::position));
    }

    public record Attribute(String name, int position, String type, String collation, String comment) {}

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
