package io.schemadoc.model;

/**
 * A column. {@code type} is {@code format_type(atttypid, atttypmod)}; {@code typeSchema}/{@code typeName}
 * name the pg_type row (the element type for arrays is not resolved), so enums and domains can be linked.
 */
public record Column(
    String name,
    int position,
    String type,
    String typeSchema,
    String typeName,
    String defaultValue,
    boolean nullable,
    Identity identity,
    Generated generated,
    String generationExpression,
    String collation,
    String comment) {
    public Column {
        Lists.require(name, "name", "Column");
        Lists.require(type, "type", "Column");
    }


    public enum Identity { ALWAYS, BY_DEFAULT }

    public enum Generated { STORED, VIRTUAL }

    public boolean hasIdentity() {
        return identity != null;
    }

    public boolean hasGeneration() {
        return generated != null;
    }
}
