package io.schemadoc.postgres;

import io.schemadoc.model.SourceLocation;

/** Where an object came from (filled by SqlFiles); {@link #NONE} for live databases and snapshots. */
@FunctionalInterface
public interface Provenance {
    /**
     * {@code catalog} is "pg_class" | "pg_proc" | "pg_trigger" | "pg_constraint" | "pg_type" | "pg_policy";
     * {@code oid} the row's oid. Returns null if unknown.
     */
    SourceLocation locate(String catalog, long oid);

    Provenance NONE = (catalog, oid) -> null;
}
