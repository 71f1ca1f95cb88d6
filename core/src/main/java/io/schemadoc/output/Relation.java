package io.schemadoc.output;

import io.schemadoc.model.QualifiedName;
import java.util.List;

/**
 * An edge child → parent as documentation draws it: a declared foreign key, a virtual relation from the
 * config file, or one detected by naming ({@code user_id} → {@code users.id}). {@code optional} when some child
 * column is nullable (the parent side reads "zero or one"); {@code childUnique} when the child columns are a
 * primary or unique key (the child side reads "zero or one" instead of "many").
 */
public record Relation(
    QualifiedName child,
    List<String> columns,
    QualifiedName parent,
    List<String> parentColumns,
    String name,
    String definition,
    Kind kind,
    boolean optional,
    boolean childUnique) {

    public Relation {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }

    public enum Kind { FOREIGN_KEY, VIRTUAL, DETECTED }

    public boolean isVirtual() {
        return kind != Kind.FOREIGN_KEY;
    }
}
