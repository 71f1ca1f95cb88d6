package io.schemadoc.cli;

import io.schemadoc.analysis.body.ParseAhead;
import io.schemadoc.model.Schema;
import io.schemadoc.source.MigrationOptions;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.source.Source;
import io.schemadoc.source.Sources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that say how to read a SOURCE; mixed into every command that reads one. */
public final class SourceOptions {

    @Option(names = "--pg-version", paramLabel = "13..18",
        description = "PostgreSQL major of the embedded server for SQL sources (default: ${DEFAULT-VALUE}).", defaultValue = "18")
    int pgVersion;

    @Option(names = "--schema", paramLabel = "GLOB", description = "Read only schemas matching GLOB (repeatable).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out schemas or schema.objects matching GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--include-extension-objects", description = "Also list objects that belong to extensions.")
    boolean includeExtensionObjects;

    @Option(names = "--statement-timeout", paramLabel = "SECONDS", defaultValue = "60",
        description = "Statement timeout for catalog queries (default: ${DEFAULT-VALUE}).")
    int statementTimeoutSeconds;

    @Option(names = "--skip-unsupported",
        description = "Apply Flyway or Liquibase migrations without those that need code schemadoc cannot run (Java migrations, custom changes); the docs list them.")
    boolean skipUnsupported;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE",
        description = "A Flyway placeholder or Liquibase changelog parameter, over the project's own settings (repeatable).")
    java.util.Map<String, String> placeholders = new java.util.LinkedHashMap<>();

    @Option(names = "--contexts", paramLabel = "EXPRESSION", description = "Liquibase contexts to apply (default: all changeSets).")
    String contexts;

    @Option(names = "--labels", paramLabel = "EXPRESSION", description = "Liquibase label expression to apply (default: all changeSets).")
    String labels;

    @picocli.CommandLine.Mixin
    Progress.Options progressOptions = new Progress.Options();

    /** The progress line these options ask for (silent with --quiet, or when stderr is not a terminal without --progress). */
    Progress progress(java.io.PrintWriter err) {
        return progressOptions.start(err);
    }

    boolean quiet() {
        return progressOptions.quiet;
    }

    public ReadOptions readOptions() {
        return new ReadOptions(schemas, exclude, includeExtensionObjects, pgVersion, Duration.ofSeconds(statementTimeoutSeconds),
            new MigrationOptions(skipUnsupported, placeholders, contexts, labels));
    }

    public Source source(String argument) {
        return Sources.detect(argument, System.getenv());
    }

    /** Detects the SOURCE and reads it with these options. */
    public Schema read(String argument) {
        return source(argument).read(readOptions());
    }

    /** Detects the SOURCE and reads it with these options, telling {@code progress} how far it has got. */
    public Schema read(String argument, io.schemadoc.source.ReadProgress progress) {
        return source(argument).read(readOptions().withProgress(progress));
    }

    /**
     * As {@link #read(String, io.schemadoc.source.ReadProgress)}, for a command that analyses routine bodies next:
     * they are parsed into {@code ahead} while the rest of the catalog is read, and parsing ahead stops when the read
     * is done, leaving both cores to the analysis.
     */
    public Schema read(String argument, io.schemadoc.source.ReadProgress progress, ParseAhead ahead) {
        return read(source(argument), readOptions().withProgress(progress), ahead);
    }

    /** As {@link #read(String, io.schemadoc.source.ReadProgress, ParseAhead)}, for a command that holds its source and options. */
    static Schema read(Source source, ReadOptions options, ParseAhead ahead) {
        Schema schema = source.read(options.withRoutinesRead(ahead::start));
        ahead.stop();
        return schema;
    }
}
