package io.schemadoc.analysis.body;

import io.schemadoc.model.Names;
import io.schemadoc.model.QualifiedName;

/**
 * A table named in a body, after name resolution. {@code resolved} is false when no table of the schema matched
 * (a temporary table, a table created by the routine itself, or one outside the documented schemas): then
 * {@code schema} is the first schema PostgreSQL would have tried, or the one written in the body.
 */
public record TableRef(String schema, String name, boolean resolved) implements Comparable<TableRef> {

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(TableRef o) {
        return qualifiedName().compareTo(o.qualifiedName());
    }

    @Override
    public String toString() {
        return Names.qualified(schema, name);
    }
}
