package io.schemadoc.source;

import io.schemadoc.model.Routine;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What to read and how. {@code schemas} and {@code exclude} are globs ({@code *}, {@code ?}); a schema glob
 * selects schemas, an exclude glob drops a schema or a {@code schema.object} (applied inside the catalog
 * queries). {@code pgVersion} picks the embedded server for SQL sources; {@code migrations} says how to apply
 * Flyway and Liquibase migrations; {@code progress} hears how far the read has got; {@code routinesRead} gets the
 * routines as soon as a catalog read has them.
 */
public record ReadOptions(
    List<String> schemas,
    List<String> exclude,
    boolean includeExtensionObjects,
    int pgVersion,
    Duration statementTimeout,
    MigrationOptions migrations,
    ReadProgress progress,
    Consumer<List<Routine>> routinesRead) {

    public static final int DEFAULT_PG_VERSION = 18;
    public static final List<Integer> SUPPORTED_PG_VERSIONS = List.of(13, 14, 15, 16, 17, 18);

    public ReadOptions {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        if (pgVersion == 0) {
            pgVersion = DEFAULT_PG_VERSION;
        }
        if (!SUPPORTED_PG_VERSIONS.contains(pgVersion)) {
            throw new SourceException("--pg-version " + pgVersion + " is not available; choose one of " + SUPPORTED_PG_VERSIONS);
        }
        if (statementTimeout == null) {
            statementTimeout = Duration.ofSeconds(60);
        }
        if (migrations == null) {
            migrations = MigrationOptions.DEFAULT;
        }
        if (progress == null) {
            progress = ReadProgress.NONE;
        }
        if (routinesRead == null) {
            routinesRead = routines -> { };
        }
    }

    public ReadOptions(List<String> schemas, List<String> exclude, boolean includeExtensionObjects, int pgVersion, Duration statementTimeout,
                       MigrationOptions migrations, ReadProgress progress) {
        this(schemas, exclude, includeExtensionObjects, pgVersion, statementTimeout, migrations, progress, null);
    }

    public ReadOptions(List<String> schemas, List<String> exclude, boolean includeExtensionObjects, int pgVersion, Duration statementTimeout,
                       MigrationOptions migrations) {
        this(schemas, exclude, includeExtensionObjects, pgVersion, statementTimeout, migrations, ReadProgress.NONE);
    }

    /** The same options, reporting to {@code to}. */
    public ReadOptions withProgress(ReadProgress to) {
        return new ReadOptions(schemas, exclude, includeExtensionObjects, pgVersion, statementTimeout, migrations, to, routinesRead);
    }

    /**
     * The same options, handing the routines to {@code listener} as soon as a catalog read has them, before the
     * rest of the catalog is read (a snapshot hands nothing over early): analysis can start on them meanwhile.
     */
    public ReadOptions withRoutinesRead(Consumer<List<Routine>> listener) {
        return new ReadOptions(schemas, exclude, includeExtensionObjects, pgVersion, statementTimeout, migrations, progress, listener);
    }

    public ReadOptions(List<String> schemas, List<String> exclude, boolean includeExtensionObjects, int pgVersion, Duration statementTimeout) {
        this(schemas, exclude, includeExtensionObjects, pgVersion, statementTimeout, MigrationOptions.DEFAULT);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(List.of(), List.of(), false, DEFAULT_PG_VERSION, null);
    }

    public ReadOptions withPgVersion(int version) {
        return new ReadOptions(schemas, exclude, includeExtensionObjects, version, statementTimeout, migrations, progress);
    }
}
