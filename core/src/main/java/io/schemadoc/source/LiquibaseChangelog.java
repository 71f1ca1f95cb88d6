package io.schemadoc.source;

import io.schemadoc.model.Schema;
import io.schemadoc.postgres.CatalogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Liquibase changelog (YAML, XML, JSON or formatted SQL, with its includes), applied by Liquibase itself on an
 * embedded PostgreSQL, then introspected. Each object's source names the changelog file (relative to the SOURCE the user
 * gave), a line, and the changeSet ({@code changeSet create-users by alice}). Contexts, labels and changelog parameters
 * come from the project's own files ({@link Settings}), with the command line over them.
 */
public final class LiquibaseChangelog implements Source {
    private final Path source;
    private final Path changelog;
    private final List<Path> searchPath;
    private final Settings settings;

    /**
     * What the project's files say about how to run the changelog. Connection settings are deliberately absent: they
     * point at real, often production, databases, and schemadoc only ever migrates its own scratch database.
     */
    public record Settings(String contexts, String labels, Map<String, String> parameters) {
        public static final Settings NONE = new Settings(null, null, Map.of());

        public Settings {
            parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        }
    }

    /** A changelog file given directly: its includes resolve against its folder (and the working folder, as Liquibase's CLI does). */
    public LiquibaseChangelog(Path changelog) {
        this(changelog, changelog, LiquibaseProject.searchPath(changelog.toAbsolutePath().normalize(), null, List.of()), Settings.NONE);
    }

    LiquibaseChangelog(Path source, Path changelog, List<Path> searchPath, Settings settings) {
        this.source = source;
        this.changelog = changelog.toAbsolutePath().normalize();
        this.searchPath = List.copyOf(searchPath);
        this.settings = settings;
    }

    /** The master changelog Liquibase starts from. */
    public Path changelog() {
        return changelog;
    }

    public Settings settings() {
        return settings;
    }

    List<Path> searchPath() {
        return searchPath;
    }

    @Override
    public String description() {
        return source.toString();
    }

    @Override
    public Schema read(ReadOptions options) {
        MigrationOptions given = options.migrations();
        Map<String, String> parameters = new TreeMap<>(settings.parameters());
        parameters.putAll(given.placeholders());
        LiquibaseUpdate update = new LiquibaseUpdate(changelog, searchPath, base(),
            given.contexts() != null ? given.contexts() : settings.contexts(),
            given.labels() != null ? given.labels() : settings.labels(),
            parameters, given.skipUnsupported(), options.pgVersion());
        EmbeddedServer server = EmbeddedServer.of(options.pgVersion());
        String database;
        Set<String> rolesBefore;
        try (Connection admin = server.connect("postgres")) {
            rolesBefore = server.roles(admin);
            database = server.createDatabase();
        } catch (SQLException e) {
            throw new SourceException("the embedded PostgreSQL " + options.pgVersion() + " refused a connection: " + e.getMessage(), e);
        }
        try {
            MigrationTracker tracker;
            List<String> notes;
            try (Connection c = server.connect(database)) {
                tracker = MigrationTracker.start(c, options.progress(), 0);
                notes = update.apply(c, tracker);
            }
            Schema read;
            // Liquibase sets its session's search_path; the model is what any new session on the database sees.
            try (Connection c = server.connect(database)) {
                read = CatalogReader.read(c, options, tracker.provenance());
            }
            // The scratch database's name is an accident of this run; name the model after what the user gave.
            return new Schema(databaseName(), read.serverVersion(), read.serverVersionNum(), read.searchPath(), read.schemas(),
                read.extensions(), read.tables(), read.routines(), read.enums(), read.domains(), read.compositeTypes(), read.sequences())
                .withNotes(notes);
        } catch (SQLException e) {
            throw new SourceException("reading the schema built from " + source + " failed: " + EmbeddedServer.oneLine(e.getMessage()), e);
        } finally {
            server.dropDatabase(database, rolesBefore);
        }
    }

    /** File names in the model are relative to the SOURCE: the folder given, or the given file's folder. */
    private Path base() {
        Path absolute = source.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    private String databaseName() {
        Path name = source.toAbsolutePath().normalize().getFileName();
        String base = name == null ? "schema" : name.toString();
        if (Files.isDirectory(source)) {
            return base;
        }
        int dot = base.lastIndexOf('.');
        String lower = base.toLowerCase(Locale.ROOT);
        boolean changelogExtension = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".xml")
            || lower.endsWith(".json") || lower.endsWith(".sql") || lower.endsWith(".properties");
        return changelogExtension && dot > 0 ? base.substring(0, dot) : base;
    }
}
