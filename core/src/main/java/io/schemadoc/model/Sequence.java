package io.schemadoc.model;

/**
 * A sequence (pg_sequence). {@code ownedBy} is the column an identity or serial column owns it through
 * ({@code ownedByIdentity} tells which), null when free-standing.
 */
public record Sequence(
    String schema,
    String name,
    String dataType,
    long start,
    long increment,
    long minValue,
    long maxValue,
    long cache,
    boolean cycle,
    ColumnRef ownedBy,
    boolean ownedByIdentity,
    String owner,
    String comment,
    SourceLocation source) {
    public Sequence {
        Lists.require(schema, "schema", "Sequence");
        Lists.require(name, "name", "Sequence");
    }


    public record ColumnRef(String schema, String table, String column) {}

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
