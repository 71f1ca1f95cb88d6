package io.schemadoc.source;

import io.schemadoc.model.Names;
import io.schemadoc.model.Schema;
import io.schemadoc.postgres.CatalogReader;
import io.schemadoc.postgres.Provenance;
import io.schemadoc.source.MigrationTracker.Script;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * A project's Flyway migrations, applied by Flyway itself on an embedded PostgreSQL, then introspected: Flyway's own
 * version order, repeatable migrations last, placeholders, SQL callbacks and the project's settings, exactly as in
 * production — except the connection, which is always the scratch database (see {@link FlywaySettings}). Flyway's
 * bookkeeping table is dropped before the catalog is read: it is Flyway's, not the team's schema. Java migrations
 * and Java callbacks cannot run here; they are refused, or left out with {@code --skip-unsupported} and named in the
 * schema's notes.
 */
public final class FlywayMigrations implements Source {
    private static final Set<Event> TRACKED = Set.of(Event.BEFORE_EACH_MIGRATE, Event.AFTER_EACH_MIGRATE);

    private final FlywayProject project;

    FlywayMigrations(FlywayProject project) {
        this.project = project;
    }

    /** The Flyway project in a folder (see {@link FlywayProject}), or null when the folder is not Flyway's. */
    public static FlywayMigrations detect(Path dir) {
        FlywayProject project = FlywayProject.detect(dir);
        return project == null ? null : new FlywayMigrations(project);
    }

    /** A project given by its {@code flyway.conf} or {@code flyway.toml}. */
    public static FlywayMigrations fromConfig(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new FlywayMigrations(FlywayProject.fromConfig(folder, FlywayProject.isProjectRoot(folder) ? folder : null, file));
    }

    FlywayProject project() {
        return project;
    }

    /** The folder the user gave: what {@code serve} watches. */
    public Path path() {
        return project.source();
    }

    @Override
    public String description() {
        return project.source().toString();
    }

    @Override
    public Schema read(ReadOptions options) {
        List<String> notes = new ArrayList<>();
        FlywaySettings settings = withoutUnsupported(options.migrations().skipUnsupported(), notes);
        Map<String, String> config = new TreeMap<>(settings.values());
        options.migrations().placeholders().forEach((k, v) -> config.put("flyway.placeholders." + k, v));
        config.put("flyway.locations", locations());

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
            Tracking tracking = new Tracking(options.progress());
            Flyway flyway = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .configuration(config)
                // Never the project's url, user or password (FlywaySettings drops them; set here last as well): those
                // point at real databases, and schemadoc migrates nothing but its own scratch database.
                .dataSource(server.jdbcUrl(database), "postgres", null)
                // stdout carries inspect's JSON: Flyway must print nothing.
                .loggers(SilentFlywayLog.class.getName())
                .callbacks(tracking)
                .cleanDisabled(true)
                .load();
            int applied;
            try {
                applied = flyway.migrate().migrationsExecuted;
            } catch (FlywayException e) {
                if (tracking.failure != null) {
                    throw new SourceException("following the migrations of " + project.source() + " failed: "
                        + EmbeddedServer.oneLine(tracking.failure.getMessage()), tracking.failure);
                }
                throw failure(e, options.pgVersion());
            }
            if (applied == 0) {
                throw new SourceException("no Flyway migrations in " + String.join(", ", project.locations().stream().map(l -> l.folder().toString()).toList())
                    + " (Flyway applies files named V<version>__<description>.sql and R__<description>.sql)");
            }
            try (Connection c = server.connect(database)) {
                dropHistoryTable(c, flyway.getConfiguration());
                Schema read = CatalogReader.read(c, options, tracking.tracker == null ? Provenance.NONE : tracking.tracker.provenance());
                return new Schema(databaseName(), read.serverVersion(), read.serverVersionNum(), read.searchPath(), read.schemas(),
                    read.extensions(), read.tables(), read.routines(), read.enums(), read.domains(), read.compositeTypes(), read.sequences(), notes);
            }
        } catch (SQLException e) {
            throw new SourceException("reading the schema Flyway built from " + project.source() + " failed: " + EmbeddedServer.oneLine(e.getMessage()), e);
        } finally {
            server.dropDatabase(database, rolesBefore);
        }
    }

    /**
     * Java migrations, Java callbacks and custom resolvers would run code schemadoc does not have: refused in one line
     * naming each, or, with {@code --skip-unsupported}, left out with a note per item.
     */
    private FlywaySettings withoutUnsupported(boolean skip, List<String> notes) {
        List<String> items = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String file : project.javaMigrations()) {
            items.add(file + " is a Java migration");
            skipped.add("Flyway Java migration " + file + " was not applied (schemadoc cannot run Java; --skip-unsupported): "
                + "what it creates or changes is missing here.");
        }
        FlywaySettings settings = project.settings();
        for (String key : List.of("callbacks", "resolvers")) {
            String value = settings.get(key);
            if (value != null && !value.isBlank()) {
                String where = settings.origin() == null ? "" : " in " + settings.origin();
                items.add("flyway." + key + where + " names Java " + key + " (" + value + ")");
                skipped.add("Flyway " + key + " " + value + " were not run (schemadoc cannot run Java; --skip-unsupported): "
                    + "what they create or change is missing here.");
                settings = settings.without(key);
            }
        }
        if (items.isEmpty()) {
            return settings;
        }
        if (!skip) {
            throw new SourceException(String.join("; ", items) + "; schemadoc cannot run Java — --skip-unsupported applies the others without "
                + (items.size() == 1 ? "it" : "them"));
        }
        notes.addAll(skipped);
        return settings;
    }

    /** Every location as a folder on this disk, for Flyway's filesystem scanner; a missing one is the user's to fix. */
    private String locations() {
        List<String> out = new ArrayList<>();
        for (FlywayProject.Location l : project.locations()) {
            if (!Files.isDirectory(FlywayProject.withoutWildcards(l.folder()))) {
                String origin = project.settings().origin();
                throw new SourceException("Flyway location " + l.given() + (origin == null ? "" : " (from " + origin + ")")
                    + " is not a folder: " + l.folder() + " (fix the location, or pass the migrations folder as SOURCE)");
            }
            out.add("filesystem:" + l.folder());
        }
        return String.join(",", out);
    }

    private String databaseName() {
        Path name = project.source().toAbsolutePath().normalize().getFileName();
        return name == null ? "schema" : name.toString();
    }

    /** Flyway keeps its table where Flyway puts it: the default schema, else the first of {@code schemas}, else the current one. */
    private static void dropHistoryTable(Connection c, Configuration conf) throws SQLException {
        String schema = conf.getDefaultSchema();
        if (schema == null && conf.getSchemas().length > 0) {
            schema = conf.getSchemas()[0];
        }
        try (Statement s = c.createStatement()) {
            if (schema == null) {
                try (var rs = s.executeQuery("SELECT current_schema()")) {
                    schema = rs.next() ? rs.getString(1) : "public";
                }
            }
            s.execute("DROP TABLE IF EXISTS " + Names.quoteIdent(schema) + "." + Names.quoteIdent(conf.getTable()));
        }
    }

    /** One line for what Flyway refused or PostgreSQL failed on, with the file and line when there are some. */
    private SourceException failure(FlywayException e, int major) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlywaySqlScriptException script && script.getCause() instanceof SQLException sql) {
                String file = script.getResource() == null ? "?" : project.relative(Path.of(script.getResource().getAbsolutePathOnDisk()));
                int line = script.getLineNumber() + linesInto(script.getStatement(), SqlFiles.position(sql));
                return new SourceException(file + ":" + line + ": " + SqlFiles.message(sql) + " (PostgreSQL " + major + ", applied by Flyway)", e);
            }
        }
        String message = EmbeddedServer.oneLine(e.getMessage());
        Matcher placeholder = Pattern.compile("No value provided for placeholder: (\\S+?)\\.?(\\s|$)").matcher(message);
        if (placeholder.find()) {
            String name = placeholder.group(1).replaceAll("^\\$\\{|}$", "");
            return new SourceException("Flyway placeholder " + placeholder.group(1) + " has no value in " + project.source()
                + ": set flyway.placeholders." + name + " (or spring.flyway.placeholders." + name + "), or pass --placeholder " + name + "=VALUE", e);
        }
        if (e.getErrorCode() == CoreErrorCode.DUPLICATE_VERSIONED_MIGRATION || e.getErrorCode() == CoreErrorCode.DUPLICATE_REPEATABLE_MIGRATION
            || message.startsWith("Found more than one")) {
            return new SourceException("Flyway refuses " + project.source() + ": " + shortenPaths(message)
                + " — give each migration a version (or description) of its own", e);
        }
        return new SourceException("Flyway could not apply " + project.source() + ": " + shortenPaths(message), e);
    }

    /** Flyway names files by absolute path; the docs and messages use paths under SOURCE. */
    private String shortenPaths(String message) {
        String base = project.source().toAbsolutePath().normalize().toString();
        return message.replace(base + "/", "").replaceAll("\\s*Offenders:\\s*->\\s*", ": ").replaceAll("\\s*->\\s*", ", ").strip();
    }

    /**
     * How many lines below the statement's start (the line Flyway reports: its first token, after any leading
     * comment, which Flyway keeps in the statement's text) the server's error position lies.
     */
    private static int linesInto(String statement, int position) {
        if (statement == null || position <= 0) {
            return 0;
        }
        SqlScript parsed = SqlScript.parse(statement);
        int first = parsed.statements().isEmpty() ? 1 : parsed.statements().get(0).line();
        return Math.max(0, parsed.lineOf(Math.min(position - 1, statement.length() - 1)) - first);
    }

    /**
     * Follows each migration on Flyway's own connection: starts the tracker once Flyway has made its table (so that is
     * nobody's migration), then places what each migration created on its file, version and line.
     */
    private final class Tracking implements Callback {
        private final ReadProgress progress;
        MigrationTracker tracker;

        Tracking(ReadProgress progress) {
            this.progress = progress;
        }
        SQLException failure;

        @Override
        public boolean supports(Event event, Context context) {
            return TRACKED.contains(event);
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                if (event == Event.BEFORE_EACH_MIGRATE && tracker == null) {
                    tracker = MigrationTracker.start(context.getConnection(), progress, 0);
                } else if (event == Event.AFTER_EACH_MIGRATE && tracker != null) {
                    MigrationInfo info = context.getMigrationInfo();
                    if (info == null || info.getPhysicalLocation() == null || info.getPhysicalLocation().isEmpty()) {
                        return;
                    }
                    Path file = Path.of(info.getPhysicalLocation());
                    String sql = placeholdersReplaced(Files.readString(file, context.getConfiguration().getEncoding()), context.getConfiguration(), file);
                    String unit = info.getVersion() == null ? "Flyway repeatable" : "Flyway " + info.getVersion().getVersion();
                    tracker.applied(context.getConnection(), new Script(project.relative(file), SqlScript.parse(sql)), unit);
                }
            } catch (SQLException e) {
                failure = e;
                throw new FlywayException("schemadoc could not follow the migration: " + e.getMessage(), e);
            } catch (IOException e) {
                failure = new SQLException("cannot read " + context.getMigrationInfo().getPhysicalLocation() + ": " + e.getMessage(), e);
                throw new FlywayException(failure.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "schemadoc provenance";
        }
    }

    /**
     * The migration's text as Flyway ran it, so that statements, lines and names match what created each object:
     * the configured placeholders and Flyway's own ({@code flyway:defaultSchema}, …) replaced.
     */
    static String placeholdersReplaced(String text, Configuration conf, Path file) {
        if (!conf.isPlaceholderReplacement()) {
            return text;
        }
        Map<String, String> values = new TreeMap<>(conf.getPlaceholders());
        String defaultSchema = conf.getDefaultSchema() != null ? conf.getDefaultSchema() : conf.getSchemas().length > 0 ? conf.getSchemas()[0] : "public";
        values.putIfAbsent("flyway:defaultSchema", defaultSchema);
        values.putIfAbsent("flyway:user", "postgres");
        values.putIfAbsent("flyway:table", conf.getTable());
        values.putIfAbsent("flyway:filename", file.getFileName().toString());
        String prefix = conf.getPlaceholderPrefix();
        String suffix = conf.getPlaceholderSuffix();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf(prefix, i);
            int end = start < 0 ? -1 : text.indexOf(suffix, start + prefix.length());
            if (start < 0 || end < 0) {
                break;
            }
            String name = text.substring(start + prefix.length(), end);
            String value = values.get(name);
            if (value == null) {
                value = values.entrySet().stream().filter(en -> en.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            out.append(text, i, start).append(value == null ? text.substring(start, end + suffix.length()) : value);
            i = end + suffix.length();
        }
        out.append(text, i, text.length());
        return out.toString();
    }
}
