package io.schemadoc.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a Maven project keeps its schema when nobody says: Flyway's default location, else Liquibase's usual
 * master changelog. Only these two, so that a project without either gets a clear message instead of a guess.
 * For Flyway the SOURCE is the project folder itself, not the migrations folder: the core then reads the project
 * as Flyway would (flyway.conf, {@code spring.flyway.*} placeholders and locations in application.properties).
 */
final class DefaultSource {
    static final String FLYWAY = "src/main/resources/db/migration";
    static final String CHANGELOG_DIR = "src/main/resources/db/changelog";
    static final List<String> CHANGELOG_MASTERS = List.of(
        "db.changelog-master.yaml", "db.changelog-master.yml", "db.changelog-master.xml",
        "db.changelog-master.json", "db.changelog-master.sql");

    private DefaultSource() {}

    static Optional<Path> in(Path basedir) {
        if (Files.isDirectory(basedir.resolve(FLYWAY))) {
            return Optional.of(basedir);
        }
        for (String master : CHANGELOG_MASTERS) {
            Path changelog = basedir.resolve(CHANGELOG_DIR).resolve(master);
            if (Files.isRegularFile(changelog)) {
                return Optional.of(changelog);
            }
        }
        return Optional.empty();
    }

    static String missing() {
        return "no schema found: neither " + FLYWAY + "/ nor " + CHANGELOG_DIR + "/db.changelog-master.(yaml|xml|json|sql) exists; "
            + "set <source> in the plugin configuration or -Dschemadoc.source (a folder of SQL migrations, a changelog, "
            + "a .json snapshot or a postgres:// URL)";
    }
}
