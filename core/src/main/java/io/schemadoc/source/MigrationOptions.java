package io.schemadoc.source;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to apply a folder of migrations written for a migration tool (Flyway, Liquibase). {@code placeholders} are set
 * on top of the ones the project's own configuration gives (Flyway placeholders, Liquibase changelog parameters);
 * {@code contexts} and {@code labels} are Liquibase's expressions ({@code null}: every changeSet, as Liquibase does
 * when none is given); {@code skipUnsupported} applies the rest when a migration needs code schemadoc cannot run (a
 * Flyway Java migration, a Liquibase custom change), and the docs say which were left out.
 */
public record MigrationOptions(boolean skipUnsupported, Map<String, String> placeholders, String contexts, String labels) {
    public static final MigrationOptions DEFAULT = new MigrationOptions(false, Map.of(), null, null);

    public MigrationOptions {
        placeholders = placeholders == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(placeholders));
    }
}
