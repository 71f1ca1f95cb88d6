package io.schemadoc.model;

import java.util.List;

/**
 * A table constraint. {@code definition} is {@code pg_get_constraintdef} (for NOT NULL constraints on
 * servers that catalog them, {@code NOT NULL column}). {@code columns} are the constrained columns in key order.
 * {@code inherited} marks constraints cloned onto a partition or child from its parent.
 */
public record Constraint(
    String name,
    Type type,
    String definition,
    List<String> columns,
    ForeignKey foreignKey,
    boolean deferrable,
    boolean initiallyDeferred,
    boolean validated,
    boolean inherited,
    String comment,
    SourceLocation source) {

    public Constraint {
        Lists.require(name, "name", "Constraint");
        Lists.require(type, "type", "Constraint");
        columns = Lists.copy(columns);
        if ((type == Type.FOREIGN_KEY) != (foreignKey != null)) {
            throw new IllegalArgumentException("constraint " + name + ": foreignKey must be set exactly for FOREIGN KEY");
        }
    }

    /** pg_constraint.contype. */
    public enum Type {
        PRIMARY_KEY("PRIMARY KEY"), FOREIGN_KEY("FOREIGN KEY"), UNIQUE("UNIQUE"), CHECK("CHECK"),
        EXCLUDE("EXCLUDE"), NOT_NULL("NOT NULL"), TRIGGER("TRIGGER");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
