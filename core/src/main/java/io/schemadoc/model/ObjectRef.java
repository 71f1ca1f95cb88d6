package io.schemadoc.model;

/** A reference to another object of the schema, by kind and qualified name (and argument types for routines). */
public record ObjectRef(Kind kind, String schema, String name, String argumentTypes) {

    public enum Kind { TABLE, VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE, PARTITIONED_TABLE, ROUTINE, SEQUENCE, TYPE }

    public static ObjectRef relation(Kind kind, String schema, String name) {
        return new ObjectRef(kind, schema, name, null);
    }

    public String qualifiedName() {
        return Names.qualified(schema, name);
    }
}
