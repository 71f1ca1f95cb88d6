package io.schemadoc.analysis.diff;

/**
 * What a {@link Change} is about. The declaration order is the order changes are listed in within a schema:
 * types before the relations that use them, relations before routines, and a relation's members after it.
 */
public enum ObjectKind {
    SCHEMA("schema"),
    EXTENSION("extension"),
    ENUM("enum"),
    DOMAIN("domain"),
    COMPOSITE_TYPE("composite type"),
    SEQUENCE("sequence"),
    TABLE("table"),
    FOREIGN_TABLE("foreign table"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    ROUTINE("routine"),
    COLUMN("column"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    TRIGGER("trigger"),
    POLICY("policy");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** Lower-case words for messages and the {@code kind} of the JSON output. */
    public String label() {
        return label;
    }

    /** Kinds that live inside a table or view and are identified by their name within it. */
    public boolean isMember() {
        return ordinal() >= COLUMN.ordinal();
    }

    public boolean isRelation() {
        return this == TABLE || this == FOREIGN_TABLE || this == VIEW || this == MATERIALIZED_VIEW;
    }
}
