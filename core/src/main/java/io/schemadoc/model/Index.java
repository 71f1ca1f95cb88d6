package io.schemadoc.model;

import java.util.List;

/**
 * An index. {@code definition} is {@code pg_get_indexdef}; {@code keys} are the key columns in order,
 * {@code include} the INCLUDE columns; {@code predicate} is the WHERE of a partial index.
 * {@code constraint} names the constraint the index backs (primary key, unique, exclusion), if any.
 */
public record Index(
    String name,
    String definition,
    String method,
    boolean unique,
    boolean primary,
    List<IndexColumn> keys,
    List<String> include,
    String predicate,
    boolean valid,
    String constraint,
    boolean inherited,
    String comment,
    SourceLocation source) {

    public Index {
        Lists.require(name, "name", "Index");
        keys = Lists.copy(keys);
        include = Lists.copy(include);
    }
}
