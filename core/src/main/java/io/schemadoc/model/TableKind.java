package io.schemadoc.model;

/** pg_class.relkind of the relations schemadoc documents. */
public enum TableKind {
    TABLE("BASE TABLE"),
    PARTITIONED_TABLE("PARTITIONED TABLE"),
    VIEW("VIEW"),
    MATERIALIZED_VIEW("MATERIALIZED VIEW"),
    FOREIGN_TABLE("FOREIGN TABLE");

    private final String label;

    TableKind(String label) {
        this.label = label;
    }

    /** The words tbls prints in its Type column. */
    public String label() {
        return label;
    }

    public boolean isView() {
        return this == VIEW || this == MATERIALIZED_VIEW;
    }

    /** Kinds that hold rows of their own and can carry constraints, triggers and policies. */
    public boolean isTableLike() {
        return this == TABLE || this == PARTITIONED_TABLE || this == FOREIGN_TABLE;
    }

    public ObjectRef.Kind refKind() {
        return ObjectRef.Kind.valueOf(name());
    }
}
