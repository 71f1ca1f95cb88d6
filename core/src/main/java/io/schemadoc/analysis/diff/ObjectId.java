package io.schemadoc.analysis.diff;

import io.schemadoc.model.Names;
import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies the object a change is about, the same way on both sides: schema + name, routines by their
 * signature ({@code name(argument types)}), members (columns, constraints, …) by their name within
 * {@code table}, whose kind is {@code tableKind}. A schema is identified by {@code schema == name};
 * an extension has no schema in its identity (it can move between schemas).
 */
public record ObjectId(ObjectKind kind, String schema, String table, ObjectKind tableKind, String name) {

    public ObjectId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.isMember() != (table != null && tableKind != null)) {
            throw new IllegalArgumentException(kind + " " + name + ": table and tableKind are required exactly for members");
        }
    }

    static ObjectId of(ObjectKind kind, String schema, String name) {
        return new ObjectId(kind, schema, null, null, name);
    }

    static ObjectId member(ObjectKind kind, ObjectId table, String name) {
        return new ObjectId(kind, table.schema(), table.name(), table.kind(), name);
    }

    /** The table or view a member belongs to; the object itself otherwise. */
    public ObjectId owner() {
        return kind.isMember() ? of(tableKind, schema, table) : this;
    }

    /** {@code schema.name} for schema objects, the bare name for schemas, extensions and members. */
    public String displayName() {
        if (kind == ObjectKind.SCHEMA || kind == ObjectKind.EXTENSION || kind.isMember()) {
            return name;
        }
        return Names.qualified(schema, name);
    }

    /** Schemas and extensions first, then by schema, owning object, kind and name, all in byte order. */
    static final Comparator<ObjectId> ORDER = Comparator
        .comparingInt((ObjectId id) -> id.kind == ObjectKind.SCHEMA ? 0 : id.kind == ObjectKind.EXTENSION ? 1 : 2)
        .thenComparing(id -> id.schema == null ? "" : id.schema, Names.BYTE_ORDER)
        .thenComparingInt(id -> id.owner().kind.ordinal())
        .thenComparing(id -> id.owner().name, Names.BYTE_ORDER)
        .thenComparingInt(id -> id.kind.isMember() ? id.kind.ordinal() : -1)
        .thenComparing(id -> id.kind.isMember() ? id.name : "", Names.BYTE_ORDER);
}
