package io.schemadoc.model;

import java.util.Comparator;

/** A schema-qualified name of a relation or type. */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public static final Comparator<QualifiedName> ORDER =
        Comparator.comparing(QualifiedName::schema, Names.BYTE_ORDER).thenComparing(QualifiedName::name, Names.BYTE_ORDER);

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return Names.qualified(schema, name);
    }
}
