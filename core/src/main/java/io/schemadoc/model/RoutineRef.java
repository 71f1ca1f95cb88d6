package io.schemadoc.model;

/**
 * Identifies a routine: schema, name and {@code argumentTypes} as {@code oidvectortypes(proargtypes)}
 * (for example {@code "uuid, integer"}; empty for none).
 */
public record RoutineRef(String schema, String name, String argumentTypes) {
    public RoutineRef {
        Lists.require(schema, "schema", "RoutineRef");
        Lists.require(name, "name", "RoutineRef");
        argumentTypes = argumentTypes == null ? "" : argumentTypes;
    }

    /** {@code schema.name(types)}: unique within a database. */
    public String signature() {
        return Names.qualified(schema, name) + "(" + argumentTypes + ")";
    }

    public String qualifiedName() {
        return Names.qualified(schema, name);
    }

    @Override
    public String toString() {
        return signature();
    }
}
