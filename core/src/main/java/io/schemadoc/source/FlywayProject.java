package io.schemadoc.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a project's Flyway migrations are and how Flyway is set up for them, found from the folder the user gave:
 * a folder holding {@code flyway.conf}/{@code flyway.toml}; a project root (Maven, Gradle, or {@code src/main/resources})
 * with a Flyway config in the root or {@code conf/}, else Spring Boot's {@code spring.flyway.*}, else Flyway's default
 * {@code classpath:db/migration}; or a folder whose SQL files carry Flyway's names. {@code projectRoot} is null for
 * a bare migrations folder.
 */
record FlywayProject(Path source, Path projectRoot, FlywaySettings settings, List<Location> locations) {

    /**
     * A location as configured, the folder schemadoc hands Flyway for it, and the source folders where the same
     * classpath location's Java migrations would live ({@code src/main/java/db/migration}).
     */
    record Location(String given, Path folder, List<Path> javaFolders) {}

    /** Flyway's SQL names with its default prefixes: versioned, undo, baseline, repeatable. */
    private static final Pattern MIGRATION = Pattern.compile("(?:[VUB]\\d+(?:[._]\\d+)*__.*|R__.*)\\.sql");
    private static final Pattern VERSIONED_OR_REPEATABLE = Pattern.compile("(?:V\\d+(?:[._]\\d+)*__.*|R__.*)\\.sql");
    /** Flyway's SQL callbacks: beforeMigrate.sql, afterEachMigrate__note.sql … */
    private static final Pattern CALLBACK = Pattern.compile("(?:before|after)[A-Z][A-Za-z]*(?:__.*)?\\.sql");
    /** Java-based migrations, in source or compiled form: Flyway takes the version from the class name. */
    static final Pattern JAVA_MIGRATION = Pattern.compile("(?:[VUB]\\d+(?:_\\d+)*|R)__\\w*\\.(?:java|kt|groovy|scala|class)");

    private static final List<String> CONFIG_FILES = List.of("flyway.toml", "flyway.conf");
    private static final List<String> SPRING_FILES = List.of("application.yml", "application.yaml", "application.properties");

    FlywayProject {
        locations = List.copyOf(locations);
    }

    /** The Flyway project in {@code dir}, or null when the folder is not Flyway's. */
    static FlywayProject detect(Path dir) {
        boolean project = isProjectRoot(dir);
        Path config = configIn(dir);
        if (config == null && project) {
            config = configIn(dir.resolve("conf"));
        }
        if (config != null) {
            return fromConfig(dir, project ? dir : null, config);
        }
        if (project) {
            List<Path> spring = new ArrayList<>();
            for (String name : SPRING_FILES) {
                Path f = dir.resolve("src/main/resources").resolve(name);
                if (Files.isRegularFile(f)) {
                    spring.add(f);
                }
            }
            FlywaySettings settings = spring.isEmpty() ? FlywaySettings.none(dir) : FlywaySettings.spring(dir, spring);
            if (settings.get("locations") == null && !Files.isDirectory(dir.resolve("src/main/resources/db/migration"))) {
                return null;
            }
            return of(dir, dir, settings, "classpath:db/migration");
        }
        if (hasFlywayNames(dir)) {
            return new FlywayProject(dir, null, FlywaySettings.none(dir), List.of(new Location(dir.toString(), dir, List.of())));
        }
        return null;
    }

    /** A project given by its {@code flyway.conf} or {@code flyway.toml} (the SOURCE is then the file's folder). */
    static FlywayProject fromConfig(Path source, Path projectRoot, Path config) {
        FlywaySettings settings = FlywaySettings.file(config);
        String fallback;
        if (hasFlywayNames(source)) {
            fallback = "filesystem:" + source.toAbsolutePath().normalize();
        } else if (Files.isDirectory(source.resolve("sql"))) {
            // The Flyway command line's own default location.
            fallback = "filesystem:" + source.resolve("sql").toAbsolutePath().normalize();
        } else {
            fallback = "classpath:db/migration";
        }
        return of(source, projectRoot, settings, fallback);
    }

    private static FlywayProject of(Path source, Path projectRoot, FlywaySettings settings, String fallback) {
        String spec = settings.get("locations");
        List<Location> locations = new ArrayList<>();
        for (String one : (spec == null || spec.isBlank() ? fallback : spec).split(",")) {
            if (!one.isBlank()) {
                locations.add(location(one.strip(), settings, projectRoot == null ? source : projectRoot));
            }
        }
        return new FlywayProject(source, projectRoot, settings, locations);
    }

    /** {@code filesystem:} from the config file's folder; {@code classpath:} (Flyway's default prefix) in the project's resources. */
    private static Location location(String given, FlywaySettings settings, Path root) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("filesystem:")) {
            Path folder = settings.base().resolve(given.substring("filesystem:".length())).toAbsolutePath().normalize();
            return new Location(given, folder, List.of());
        }
        String path = lower.startsWith("classpath:") ? given.substring("classpath:".length()) : given;
        if (!lower.startsWith("classpath:") && given.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            throw new SourceException("Flyway location " + given + (settings.origin() == null ? "" : " (in " + settings.origin() + ")")
                + " is not on this disk; schemadoc reads filesystem: and classpath: locations — pass the migrations folder as SOURCE instead");
        }
        path = path.replaceFirst("^/+", "");
        Path absolute = root.toAbsolutePath().normalize();
        Path resources = absolute.resolve("src/main/resources").resolve(path).normalize();
        Path folder = Files.isDirectory(resources) || !Files.isDirectory(absolute.resolve(path)) ? resources : absolute.resolve(path).normalize();
        return new Location(given, folder, List.of(absolute.resolve("src/main/java").resolve(path).normalize(),
            absolute.resolve("src/main/kotlin").resolve(path).normalize()));
    }

    /** The Java migrations under the locations (and the source folders of classpath locations), relative to SOURCE. */
    List<String> javaMigrations() {
        List<String> found = new ArrayList<>();
        for (Location l : locations) {
            List<Path> folders = new ArrayList<>();
            folders.add(withoutWildcards(l.folder()));
            folders.addAll(l.javaFolders());
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile)
                        .filter(p -> JAVA_MIGRATION.matcher(p.getFileName().toString()).matches())
                        .map(this::relative)
                        .forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new SourceException("cannot list " + folder + ": " + e.getMessage());
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    /** A path as the docs show it: relative to the SOURCE the user gave, with forward slashes. */
    String relative(Path file) {
        Path base = source.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return base.relativize(abs).toString().replace('\\', '/');
    }

    /** Flyway expands {@code **} and {@code *} in locations itself; for looking around, the fixed part before them. */
    static Path withoutWildcards(Path folder) {
        Path out = folder.getRoot();
        for (Path part : folder) {
            if (part.toString().contains("*") || part.toString().contains("?")) {
                break;
            }
            out = out == null ? part : out.resolve(part);
        }
        return out == null ? folder : out;
    }

    static boolean isProjectRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) || Files.isRegularFile(dir.resolve("build.gradle"))
            || Files.isRegularFile(dir.resolve("build.gradle.kts")) || Files.isDirectory(dir.resolve("src/main/resources"));
    }

    private static Path configIn(Path dir) {
        for (String name : CONFIG_FILES) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether a folder's SQL files are Flyway's: at least one versioned or repeatable migration, and every other .sql
     * file also one of Flyway's names (undo, baseline, callback). Only the folder's own files are looked at (a folder
     * of migration folders is not one project); a Flyway config or a project root says more.
     */
    static boolean hasFlywayNames(Path dir) {
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".sql")).toList();
        } catch (IOException e) {
            return false;
        }
        return names.stream().anyMatch(n -> VERSIONED_OR_REPEATABLE.matcher(n).matches())
            && names.stream().allMatch(n -> MIGRATION.matcher(n).matches() || CALLBACK.matcher(n).matches());
    }
}
