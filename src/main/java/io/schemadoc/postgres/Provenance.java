package io.schemadoc.postgres;

import io.schemadoc.model.SourceLocation;

/** Where an object came from (filled by SqlFiles); NONE for live databases and snapshots. */
@FunctionalInterface
public interface Provenance {
    /**
     * @param catalog "pg_class" | "pg_proc" | "pg_trigger" | "pg_constraint" | "pg_type" | "pg_policy"
     * @param oid the row's oid
     * @return the location, or null if unknown
     */
    SourceLocation locate(String catalog, long oid);

    Provenance NONE = (catalog, oid) -> null;
}
