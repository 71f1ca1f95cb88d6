package io.schemadoc.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's Flyway settings as Flyway's own {@code flyway.*} keys, read from a {@code flyway.conf}, a
 * {@code flyway.toml} or Spring Boot's {@code spring.flyway.*} properties, for
 * {@code Flyway.configure().configuration(Map)}. {@code base} is the folder relative {@code filesystem:} locations
 * start from; {@code origin} names the file for messages (null when there is none).
 *
 * <p>Only the keys that shape the schema are kept. The connection keys (url, user, password, driver, JDBC
 * properties, environments' credentials) are dropped on reading: they point at the team's real databases, and
 * schemadoc only ever migrates its own embedded scratch database.
 */
record FlywaySettings(Map<String, String> values, Path base, String origin) {

    /** Settings that decide what the migrations build; everything else a config file holds is ignored. */
    private static final Set<String> KEPT = Set.of(
        "locations", "schemas", "defaultSchema", "table", "tablespace", "encoding", "detectEncoding",
        "placeholderReplacement", "placeholderPrefix", "placeholderSuffix", "placeholderSeparator",
        "scriptPlaceholderPrefix", "scriptPlaceholderSuffix",
        "sqlMigrationPrefix", "sqlMigrationSeparator", "sqlMigrationSuffixes", "repeatableSqlMigrationPrefix",
        "undoSqlMigrationPrefix", "baselineMigrationPrefix",
        "callbacks", "resolvers", "skipDefaultCallbacks", "skipDefaultResolvers",
        "createSchemas", "initSql", "target", "group", "mixed", "outOfOrder", "executeInTransaction",
        "validateMigrationNaming", "ignoreMigrationPatterns", "installedBy", "postgresql.transactional.lock");

    private static final Pattern SPRING_REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    FlywaySettings {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static FlywaySettings none(Path base) {
        return new FlywaySettings(Map.of(), base, null);
    }

    /** A setting by its short name ({@code locations}), or null. */
    String get(String key) {
        return values.get("flyway." + key);
    }

    /** Reads a {@code flyway.conf} or {@code flyway.toml}, by its file name's ending. */
    static FlywaySettings file(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".toml") ? toml(file) : conf(file);
    }

    /** A {@code flyway.conf}: Java properties, {@code flyway.}-prefixed keys. */
    static FlywaySettings conf(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceException("cannot read " + file + ": " + EmbeddedServer.oneLine(e.getMessage()) + " (flyway.conf is a Java properties file)");
        }
        Map<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            keep(out, key, p.getProperty(key).strip());
        }
        return new FlywaySettings(out, folderOf(file), file.getFileName().toString());
    }

    /**
     * A {@code flyway.toml}: the {@code [flyway]} table, then the environment {@code flyway.environment} names (else
     * {@code default}): its {@code schemas} and its {@code [environments.NAME.flyway]} overrides.
     */
    static FlywaySettings toml(Path file) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new SourceException("cannot read " + file + ": " + EmbeddedServer.oneLine(e.getMessage()) + " (check the TOML syntax)");
        }
        Map<String, String> out = new TreeMap<>();
        JsonNode flyway = root.path("flyway");
        flatten(flyway, "flyway", out);
        String environment = flyway.path("environment").asText("default");
        JsonNode env = root.path("environments").path(environment);
        if (env.has("schemas")) {
            flatten(env.get("schemas"), "flyway.schemas", out);
        }
        flatten(env.path("flyway"), "flyway", out);
        Map<String, String> kept = new TreeMap<>();
        out.forEach((k, v) -> keep(kept, k, v));
        return new FlywaySettings(kept, folderOf(file), file.getFileName().toString());
    }

    /**
     * Spring Boot's {@code spring.flyway.*} from {@code application.properties} and {@code application.yml|yaml}
     * (properties win, as in Spring; profile documents are left out). Relaxed names are understood
     * ({@code default-schema}, {@code defaultSchema}, {@code default_schema}); {@code ${name:fallback}} references
     * resolve against the same files, else to their fallback. Relative {@code filesystem:} locations start at the
     * project root, where Spring applications are usually started.
     */
    static FlywaySettings spring(Path projectRoot, List<Path> files) {
        Map<String, String> all = new TreeMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".properties")) {
                all.putAll(yaml(f));
            }
        }
        for (Path f : files) {
            if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".properties")) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                } catch (IOException | IllegalArgumentException e) {
                    throw new SourceException("cannot read " + f + ": " + EmbeddedServer.oneLine(e.getMessage()));
                }
                p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k).strip()));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("spring.flyway.")) {
                continue;
            }
            String rest = key.substring("spring.flyway.".length());
            String value = resolve(e.getValue(), all).replace("{vendor}", "postgresql");
            if (rest.startsWith("placeholders.")) {
                out.put("flyway." + rest, value);
            } else {
                // Spring lists (locations[0], schemas[1]) and comma strings both become Flyway's comma form.
                String plain = camel(rest.replaceAll("\\[\\d+]$", ""));
                out.merge("flyway." + plain, value, (a, b) -> a + "," + b);
            }
        }
        Map<String, String> kept = new TreeMap<>();
        out.forEach((k, v) -> keep(kept, k, v));
        String origin = files.isEmpty() ? null : projectRoot.relativize(files.get(files.size() - 1)).toString().replace('\\', '/');
        return new FlywaySettings(kept, projectRoot, origin);
    }

    /** The same settings with {@code more} on top (the command line's {@code --placeholder}, say). */
    FlywaySettings with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(values);
        all.putAll(more);
        return new FlywaySettings(all, base, origin);
    }

    FlywaySettings without(String key) {
        Map<String, String> all = new TreeMap<>(values);
        all.remove("flyway." + key);
        return new FlywaySettings(all, base, origin);
    }

    private static void keep(Map<String, String> out, String key, String value) {
        if (!key.startsWith("flyway.")) {
            return;
        }
        String rest = key.substring("flyway.".length());
        if (rest.startsWith("placeholders.") || KEPT.contains(rest)) {
            out.put(key, value);
        }
    }

    private static Map<String, String> yaml(Path file) {
        Map<String, String> out = new TreeMap<>();
        ObjectMapper mapper = new YAMLMapper();
        try (MappingIterator<JsonNode> docs = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.path("spring").path("config").path("activate").has("on-profile")
                    || doc.path("spring").path("profiles").isTextual()) {
                    continue;
                }
                flattenYaml(doc, "", out);
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException("cannot read " + file + ": " + EmbeddedServer.oneLine(e.getMessage()) + " (check the YAML syntax)");
        }
        return out;
    }

    /** YAML nesting to Spring's dotted keys; lists joined with commas, as Spring binds them to Flyway's arrays. */
    private static void flattenYaml(JsonNode node, String prefix, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flattenYaml(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            out.put(prefix, String.join(",", items));
        } else if (!node.isNull() && !node.isMissingNode()) {
            out.put(prefix, node.asText());
        }
    }

    /** A TOML table to flyway.* keys: arrays become Flyway's comma lists, sub-tables dotted keys. */
    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(e.getValue(), prefix + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            out.put(prefix, String.join(",", items));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.put(prefix, node.asText());
        }
    }

    private static String resolve(String value, Map<String, String> all) {
        Matcher m = SPRING_REFERENCE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String found = all.get(m.group(1));
            String replacement = found != null ? found : m.group(2) != null ? m.group(2) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Spring's relaxed binding: {@code sql-migration-prefix} and {@code sql_migration_prefix} are {@code sqlMigrationPrefix}. */
    static String camel(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
