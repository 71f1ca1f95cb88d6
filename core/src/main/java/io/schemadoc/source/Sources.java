package io.schemadoc.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Tells the kind of SOURCE from the one argument the user gave. */
public final class Sources {
    private Sources() {}

    /**
     * Migration tools that can claim a folder (a migrations folder, a folder with the tool's config, a project root),
     * asked in order; each answers null for a folder that is not its own, and a folder no tool claims is plain SQL files.
     */
    private static final List<Function<Path, Source>> MIGRATION_TOOLS = List.of(
        FlywayMigrations::detect);

    /**
     * {@code postgres://}, {@code postgresql://} or {@code jdbc:postgresql:} is a live database; a {@code .json}
     * file a snapshot; a Liquibase changelog, a folder or project holding one ({@link LiquibaseProject}); a {@code .sql}
     * file or a directory SQL files on an embedded server, unless a migration tool claims the directory (Flyway: see
     * {@link FlywayProject}); a {@code flyway.conf} or {@code flyway.toml} file that Flyway project. No argument: a live
     * database from {@code DATABASE_URL}, else the {@code PG*} variables and {@code ~/.pgpass}.
     */
    public static Source detect(String argument, Map<String, String> env) {
        if (argument == null || argument.isBlank()) {
            String url = env.get("DATABASE_URL");
            if (url != null && !url.isBlank()) {
                return LiveDatabase.fromUrl(url, env);
            }
            return LiveDatabase.fromEnvironment(env);
        }
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://") || lower.startsWith("jdbc:postgresql:")) {
            return LiveDatabase.fromUrl(argument, env);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*") || lower.startsWith("jdbc:")) {
            String scheme = lower.startsWith("jdbc:") ? lower.substring(0, lower.indexOf(':', 5) < 0 ? lower.length() : lower.indexOf(':', 5)) : lower.substring(0, lower.indexOf("://"));
            throw new SourceException("'" + scheme + "' URLs are not supported: schemadoc reads PostgreSQL (postgres://, postgresql:// or jdbc:postgresql:), a .json snapshot, or .sql files");
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new SourceException("no such file or directory: " + argument + " (give a postgres:// URL, a .json snapshot, a .sql file or a folder of .sql files)");
        }
        LiquibaseChangelog changelog = LiquibaseProject.detect(path);
        if (changelog != null) {
            return changelog;
        }
        if (Files.isDirectory(path)) {
            for (Function<Path, Source> tool : MIGRATION_TOOLS) {
                Source claimed = tool.apply(path);
                if (claimed != null) {
                    return claimed;
                }
            }
            if (FlywayProject.isProjectRoot(path) && !hasSqlFiles(path)) {
                throw new SourceException(argument + " is a project without migrations where schemadoc looks: "
                    + "src/main/resources/db/migration (Flyway), src/main/resources/db/changelog/db.changelog-master.* (Liquibase), "
                    + "spring.flyway.locations or spring.liquibase.change-log in application.properties|yml, flyway.conf|toml, "
                    + "liquibase.properties; give the migrations folder or changelog as SOURCE");
            }
            return new SqlFiles(path);
        }
        String fileName = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.equals("flyway.conf") || fileName.equals("flyway.toml")) {
            return FlywayMigrations.fromConfig(path);
        }
        if (lower.endsWith(".json")) {
            return new Snapshot(path);
        }
        if (lower.endsWith(".sql")) {
            return new SqlFiles(path);
        }
        throw new SourceException("cannot tell what kind of SOURCE " + argument + " is: give a postgres:// URL, a .json snapshot, a .sql file or a folder of .sql files");
    }

    private static boolean hasSqlFiles(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql") && Files.isRegularFile(p));
        } catch (java.io.IOException e) {
            return true; // let SqlFiles report what cannot be read
        }
    }
}
