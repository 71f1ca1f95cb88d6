package io.schemadoc.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Recognises a Liquibase changelog in what the user gave: a changelog file; a folder holding
 * {@code db.changelog-master.*}; a folder with a {@code liquibase.properties}; or a Maven/Gradle project using Spring
 * Boot's conventions ({@code spring.liquibase.change-log}, else {@code src/main/resources/db/changelog/db.changelog-master.*}).
 * The contexts, labels and parameters those files give are kept; their url, username and password never are.
 */
final class LiquibaseProject {
    private static final List<String> EXTENSIONS = List.of("yaml", "yml", "xml", "json", "sql");
    private static final Pattern CHANGELOG_NAME = Pattern.compile("(?i)(?:.*[._-])?changelog.*\\.(?:ya?ml|xml|json)");
    private static final Pattern YAML_CHANGELOG = Pattern.compile("(?m)^databaseChangeLog\\s*:");
    private static final Pattern XML_CHANGELOG = Pattern.compile("<(?:[\\w-]+:)?databaseChangeLog\\b");
    private static final Pattern JSON_CHANGELOG = Pattern.compile("\\A\\uFEFF?\\s*\\{\\s*\"databaseChangeLog\"\\s*:");
    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final String RESOURCES = "src/main/resources";

    private LiquibaseProject() {}

    /** The changelog {@code argument} stands for, or null when it is not a Liquibase one. */
    static LiquibaseChangelog detect(Path argument) {
        Path path = argument.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return inFolder(argument, path);
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        if (path.getFileName().toString().equalsIgnoreCase("liquibase.properties")) {
            Path folder = path.getParent();
            return fromProperties(argument, path, isProject(folder) ? folder : null);
        }
        return isChangelog(path) ? new LiquibaseChangelog(argument) : null;
    }

    /**
     * A changelog by its name ({@code db.changelog-master.yaml}, {@code changelog.xml}) or by its content (a
     * {@code databaseChangeLog} document; an SQL file starting {@code --liquibase formatted sql}). A plain .sql file is
     * not one: it stays a file of SQL.
     */
    static boolean isChangelog(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String head = head(file);
        if (lower.endsWith(".sql")) {
            return ChangelogFile.isFormattedSql(head);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return CHANGELOG_NAME.matcher(name).matches() || YAML_CHANGELOG.matcher(head).find();
        }
        if (lower.endsWith(".xml")) {
            return CHANGELOG_NAME.matcher(name).matches() || XML_CHANGELOG.matcher(head).find();
        }
        if (lower.endsWith(".json")) {
            return JSON_CHANGELOG.matcher(head).find() || CHANGELOG_NAME.matcher(name).matches() && !head.contains("\"serverVersion\"");
        }
        return false;
    }

    /** The first 64 KB, enough to see what kind of document a file is. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static LiquibaseChangelog inFolder(Path argument, Path folder) {
        for (String ext : EXTENSIONS) {
            Path master = folder.resolve("db.changelog-master." + ext);
            if (Files.isRegularFile(master)) {
                Path project = isProject(folder) ? folder : null;
                return new LiquibaseChangelog(argument, master, searchPath(master, project, List.of()), LiquibaseChangelog.Settings.NONE);
            }
        }
        Path properties = folder.resolve("liquibase.properties");
        boolean project = isProject(folder);
        if (Files.isRegularFile(properties) && changelogSetting(read(properties)) != null) {
            return fromProperties(argument, properties, project ? folder : null);
        }
        if (!project) {
            return null;
        }
        Map<String, String> spring = springSettings(folder);
        String springChangelog = spring.get("changelog");
        if (springChangelog != null) {
            Path master = resolve(springChangelog, folder, folder, "spring.liquibase.change-log in " + RESOURCES + "/application.*");
            return new LiquibaseChangelog(argument, master, searchPath(master, folder, List.of()), fromSpring(spring));
        }
        Path resourceProperties = folder.resolve(RESOURCES).resolve("liquibase.properties");
        if (Files.isRegularFile(resourceProperties) && changelogSetting(read(resourceProperties)) != null) {
            return fromProperties(argument, resourceProperties, folder);
        }
        for (String ext : EXTENSIONS) {
            Path master = folder.resolve(RESOURCES).resolve("db/changelog/db.changelog-master." + ext);
            if (Files.isRegularFile(master)) {
                return new LiquibaseChangelog(argument, master, searchPath(master, folder, List.of()), fromSpring(spring));
            }
        }
        return null;
    }

    private static boolean isProject(Path folder) {
        return BUILD_FILES.stream().anyMatch(f -> Files.isRegularFile(folder.resolve(f)));
    }

    /**
     * A {@code liquibase.properties}: {@code changeLogFile}, {@code contexts}, {@code labels} and {@code parameter.*}
     * (in any of the spellings Liquibase accepts) are used. Its url, username and password are read by nothing here:
     * they name a real database, and schemadoc only migrates the scratch database it starts itself.
     */
    private static LiquibaseChangelog fromProperties(Path argument, Path file, Path project) {
        Map<String, String> raw = read(file);
        String changelogFile = changelogSetting(raw);
        if (changelogFile == null) {
            throw new SourceException(file + " names no changeLogFile; add `changeLogFile=path/to/db.changelog-master.yaml` "
                + "or give schemadoc the changelog itself");
        }
        Path folder = file.getParent();
        Path master = resolve(changelogFile, folder, project, "changeLogFile in " + file);
        List<Path> extra = new ArrayList<>();
        extra.add(folder);
        String searchPath = setting(raw, "searchpath");
        if (searchPath != null) {
            for (String entry : searchPath.split(",")) {
                if (!entry.isBlank() && !entry.contains(":")) {
                    extra.add(folder.resolve(entry.strip()).normalize());
                }
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            for (String prefix : List.of("parameter.", "liquibase.parameter.")) {
                if (key.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    parameters.put(key.substring(prefix.length()), e.getValue());
                }
            }
        }
        String contexts = firstNonNull(setting(raw, "contexts"), setting(raw, "contextfilter"));
        String labels = firstNonNull(setting(raw, "labels"), setting(raw, "labelfilter"));
        return new LiquibaseChangelog(argument, master, searchPath(master, project, extra),
            new LiquibaseChangelog.Settings(contexts, labels, parameters));
    }

    private static String changelogSetting(Map<String, String> raw) {
        return setting(raw, "changelogfile");
    }

    /** A liquibase.properties value by its normalised name: {@code changeLogFile}, {@code changelog-file} and {@code liquibase.command.changelogFile} are one. */
    private static String setting(Map<String, String> raw, String normalised) {
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).replaceFirst("^liquibase\\.command\\.", "").replaceFirst("^liquibase\\.", "")
                .replace("-", "").replace("_", "");
            if (key.equals(normalised) && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return null;
    }

    private static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> raw = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> raw.put(k, p.getProperty(k)));
        return raw;
    }

    /**
     * {@code spring.liquibase.*} from {@code src/main/resources/application.properties|yml|yaml}, keys in Spring's
     * relaxed form ({@code change-log}, {@code changeLog} and {@code change_log} are one: {@code changelog}); parameters
     * keep their own names.
     */
    private static Map<String, String> springSettings(Path project) {
        Map<String, String> flat = new LinkedHashMap<>();
        Path resources = project.resolve(RESOURCES);
        for (String name : List.of("application.yaml", "application.yml", "application.properties")) {
            Path file = resources.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (name.endsWith(".properties")) {
                flat.putAll(read(file));
            } else {
                flatten(file, flat);
            }
        }
        Map<String, String> spring = new LinkedHashMap<>();
        String prefix = "spring.liquibase.";
        for (Map.Entry<String, String> e : flat.entrySet()) {
            if (!e.getKey().regionMatches(true, 0, prefix, 0, prefix.length())) {
                continue;
            }
            String rest = e.getKey().substring(prefix.length());
            if (rest.regionMatches(true, 0, "parameters.", 0, "parameters.".length())) {
                spring.put("parameters." + rest.substring("parameters.".length()), e.getValue());
            } else {
                spring.put(rest.toLowerCase(Locale.ROOT).replace("-", "").replace("_", ""), e.getValue());
            }
        }
        return spring;
    }

    private static void flatten(Path yaml, Map<String, String> into) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> docs = mapper.readerFor(JsonNode.class).readValues(yaml.toFile())) {
            while (docs.hasNext()) {
                flatten("", docs.next(), into);
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException("cannot read " + yaml + " for spring.liquibase settings: " + EmbeddedServer.oneLine(e.getMessage()));
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            into.putIfAbsent(prefix, String.join(",", items));
        } else {
            into.putIfAbsent(prefix, node.asText());
        }
    }

    private static LiquibaseChangelog.Settings fromSpring(Map<String, String> spring) {
        Map<String, String> parameters = new LinkedHashMap<>();
        spring.forEach((k, v) -> {
            if (k.startsWith("parameters.")) {
                parameters.put(k.substring("parameters.".length()), v);
            }
        });
        return new LiquibaseChangelog.Settings(spring.get("contexts"), firstNonNull(spring.get("labelfilter"), spring.get("labels")), parameters);
    }

    /**
     * A changelog location as the project writes it: {@code classpath:} means the project's {@code src/main/resources};
     * {@code file:} and plain paths are tried next to the file that names them, then in the resources, then in the
     * project folder.
     */
    private static Path resolve(String location, Path folder, Path project, String namedBy) {
        List<Path> tried = new ArrayList<>();
        String path = location.strip();
        boolean classpath = path.startsWith("classpath:") || path.startsWith("classpath*:");
        path = path.replaceFirst("^classpath\\*?:", "").replaceFirst("^file:", "");
        while (classpath && path.startsWith("/")) {
            path = path.substring(1);
        }
        if (Path.of(path).isAbsolute()) {
            tried.add(Path.of(path));
        } else {
            if (!classpath) {
                tried.add(folder.resolve(path));
            }
            if (project != null) {
                tried.add(project.resolve(RESOURCES).resolve(path));
            }
            Path resources = resourcesRoot(folder);
            if (resources != null) {
                tried.add(resources.resolve(path));
            }
            if (project != null && !classpath) {
                tried.add(project.resolve(path));
            }
        }
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new SourceException(namedBy + " is " + location + ", which is not a file (looked at "
            + String.join(", ", new LinkedHashSet<>(tried.stream().map(p -> p.normalize().toString()).toList())) + ")");
    }

    /**
     * Where Liquibase looks for the paths a changelog names (includes, sqlFile, loadData), first match first: the
     * project's resources (what {@code classpath:} and Spring's non-relative includes mean), the changelog's own folder,
     * any folders the project's settings add, the project folder, and the working folder (Liquibase's CLI default).
     */
    static List<Path> searchPath(Path changelog, Path project, List<Path> extra) {
        LinkedHashSet<Path> roots = new LinkedHashSet<>();
        if (project != null && Files.isDirectory(project.resolve(RESOURCES))) {
            roots.add(project.resolve(RESOURCES).toAbsolutePath().normalize());
        }
        Path resources = resourcesRoot(changelog.getParent());
        if (resources != null) {
            roots.add(resources);
        }
        roots.add(changelog.getParent().toAbsolutePath().normalize());
        for (Path p : extra) {
            if (Files.isDirectory(p)) {
                roots.add(p.toAbsolutePath().normalize());
            }
        }
        if (project != null) {
            roots.add(project.toAbsolutePath().normalize());
        }
        roots.add(Path.of("").toAbsolutePath().normalize());
        return List.copyOf(roots);
    }

    /** The nearest enclosing {@code src/main/resources}, or null. */
    private static Path resourcesRoot(Path folder) {
        for (Path p = folder == null ? null : folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (p.endsWith(RESOURCES)) {
                return p;
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
