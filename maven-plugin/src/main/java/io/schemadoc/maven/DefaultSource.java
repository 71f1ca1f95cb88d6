package io.schemadoc.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a Maven project keeps its schema when nobody says: Flyway's default location, else Liquibase's usual
 * master changelog. Only these two, so that a project without either gets a clear message instead of a guess.
 * The SOURCE is then the project folder itself, so that the core reads the project as the tool would: flyway.conf
 * and {@code spring.flyway.*} (placeholders, locations), or {@code spring.liquibase.*} (parameters, contexts).
 * A project with both gets its Flyway folder alone: the core would take a project root with a changelog as
 * Liquibase's, and Flyway comes first here.
 */
final class DefaultSource {
    static final String FLYWAY = "src/main/resources/db/migration";
    static final String CHANGELOG_DIR = "src/main/resources/db/changelog";
    static final List<String> CHANGELOG_MASTERS = List.of(
        "db.changelog-master.yaml", "db.changelog-master.yml", "db.changelog-master.xml",
        "db.changelog-master.json", "db.changelog-master.sql");

    private DefaultSource() {}

    static Optional<Path> in(Path basedir) {
        boolean flyway = Files.isDirectory(basedir.resolve(FLYWAY));
        boolean liquibase = CHANGELOG_MASTERS.stream().anyMatch(m -> Files.isRegularFile(basedir.resolve(CHANGELOG_DIR).resolve(m)));
        if (flyway && liquibase) {
            return Optional.of(basedir.resolve(FLYWAY));
        }
        return flyway || liquibase ? Optional.of(basedir) : Optional.empty();
    }

    static String missing() {
        return "no schema found: neither " + FLYWAY + "/ nor " + CHANGELOG_DIR + "/db.changelog-master.(yaml|xml|json|sql) exists; "
            + "set <source> in the plugin configuration or -Dschemadoc.source (a folder of SQL migrations, a changelog, "
            + "a .json snapshot or a postgres:// URL)";
    }
}
