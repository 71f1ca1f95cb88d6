package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders are Flyway's, where their migrations are, and which settings are read (no server needed). */
class FlywayDetectionTest {

    private static Source detect(Path p) {
        return Sources.detect(p.toString(), Map.of());
    }

    private static FlywayProject flyway(Path p) {
        Source s = detect(p);
        assertThat(s).as(p.toString()).isInstanceOf(FlywayMigrations.class);
        return ((FlywayMigrations) s).project();
    }

    private static List<Path> folders(FlywayProject p) {
        return p.locations().stream().map(FlywayProject.Location::folder).toList();
    }

    private static Path touch(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void plainNamesStaySqlFilesAndFlywayNamesAreFlyway(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        touch(plain, "1_a.sql", "create table a (x int);");
        touch(plain, "2_b.sql", "create table b (x int);");
        assertThat(detect(plain)).isInstanceOf(SqlFiles.class);

        Path flyway = dir.resolve("flyway");
        touch(flyway, "V1__a.sql", "");
        touch(flyway, "V1_1__b.sql", "");
        touch(flyway, "U1_1__b.sql", "");
        touch(flyway, "B1__baseline.sql", "");
        touch(flyway, "R__views.sql", "");
        touch(flyway, "afterMigrate.sql", "");
        assertThat(folders(flyway(flyway))).containsExactly(flyway);

        // A file Flyway would ignore means the folder was not written for Flyway.
        Path mixed = dir.resolve("mixed");
        touch(mixed, "V1__a.sql", "");
        touch(mixed, "seed.sql", "");
        assertThat(detect(mixed)).isInstanceOf(SqlFiles.class);

        // Undo files alone migrate nothing.
        Path undoOnly = dir.resolve("undo");
        touch(undoOnly, "U1__a.sql", "");
        assertThat(detect(undoOnly)).isInstanceOf(SqlFiles.class);
    }

    @Test
    void theExamplesKeepTheirKindAndQuietusIsFlyways() {
        assertThat(detect(Path.of("../examples/quietus"))).isInstanceOf(FlywayMigrations.class);
        for (String plain : List.of("chat-app", "course-designer", "referrals", "spec-analyzer")) {
            assertThat(detect(Path.of("../examples", plain))).as(plain).isInstanceOf(SqlFiles.class);
        }
    }

    @Test
    void aProjectRootUsesDbMigrationWithNoConfiguration(@TempDir Path dir) throws Exception {
        touch(dir, "pom.xml", "<project/>");
        touch(dir, "src/main/resources/db/migration/V1__a.sql", "");
        FlywayProject p = flyway(dir);
        assertThat(folders(p)).containsExactly(dir.resolve("src/main/resources/db/migration").toAbsolutePath());
        assertThat(p.locations().get(0).javaFolders()).contains(dir.resolve("src/main/java/db/migration").toAbsolutePath());
        assertThat(p.settings().values()).isEmpty();
    }

    @Test
    void gradleProjectsCountToo(@TempDir Path dir) throws Exception {
        touch(dir, "build.gradle.kts", "");
        touch(dir, "src/main/resources/db/migration/V1__a.sql", "");
        assertThat(folders(flyway(dir))).containsExactly(dir.resolve("src/main/resources/db/migration").toAbsolutePath());
    }

    @Test
    void aProjectRootWithoutMigrationsIsNotFlyways(@TempDir Path dir) throws Exception {
        touch(dir, "pom.xml", "<project/>");
        touch(dir, "src/main/resources/application.properties", "server.port=8080\n");
        assertThatThrownBy(() -> detect(dir)).isInstanceOf(SourceException.class).hasMessageContaining("is a project without migrations");
        // A project root that keeps plain .sql files at its top is still read as SQL files.
        touch(dir, "schema.sql", "create table t (x int);\n");
        assertThat(detect(dir)).isInstanceOf(SqlFiles.class);
    }

    @Test
    void springLocationsRelaxedNamesAndListForms(@TempDir Path dir) throws Exception {
        touch(dir, "pom.xml", "<project/>");
        touch(dir, "src/main/resources/application.yml", """
            spring:
              flyway:
                url: jdbc:postgresql://db.example.com/prod
                user: deploy
                password: hunter2
                locations:
                  - classpath:db/one
                  - filesystem:sql/two
                sqlMigrationPrefix: M
                default_schema: crm
            """);
        touch(dir, "src/main/resources/application.properties", "spring.flyway.placeholders.owner=ops\nspring.flyway.placeholder-prefix=#[\n");
        FlywayProject p = flyway(dir);
        assertThat(folders(p)).containsExactly(dir.resolve("src/main/resources/db/one").toAbsolutePath(), dir.resolve("sql/two").toAbsolutePath());
        assertThat(p.settings().values()).containsOnly(
            Map.entry("flyway.locations", "classpath:db/one,filesystem:sql/two"),
            Map.entry("flyway.sqlMigrationPrefix", "M"),
            Map.entry("flyway.defaultSchema", "crm"),
            Map.entry("flyway.placeholders.owner", "ops"),
            Map.entry("flyway.placeholderPrefix", "#["));
    }

    @Test
    void flywayConfInTheFolderOrInConfRelativeToItself(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("folder");
        touch(folder, "flyway.conf", "flyway.url=jdbc:postgresql://elsewhere:5433/prod\nflyway.password=secret\nflyway.locations=filesystem:sql\n");
        touch(folder, "sql/V1__a.sql", "");
        FlywayProject p = flyway(folder);
        assertThat(folders(p)).containsExactly(folder.resolve("sql").toAbsolutePath());
        assertThat(p.settings().values()).containsOnlyKeys("flyway.locations");

        Path project = dir.resolve("project");
        touch(project, "pom.xml", "<project/>");
        touch(project, "conf/flyway.toml", "[flyway]\nlocations = [\"filesystem:../db\"]\n");
        touch(project, "db/V1__a.sql", "");
        assertThat(folders(flyway(project))).containsExactly(project.resolve("db").toAbsolutePath().normalize());
    }

    @Test
    void aConfigWithoutLocationsUsesTheFolderOrItsSqlSubfolder(@TempDir Path dir) throws Exception {
        Path here = dir.resolve("here");
        touch(here, "flyway.toml", "[flyway]\nschemas = [\"app\"]\n");
        touch(here, "V1__a.sql", "");
        assertThat(folders(flyway(here))).containsExactly(here.toAbsolutePath().normalize());

        Path cli = dir.resolve("cli");
        touch(cli, "flyway.conf", "flyway.schemas=app\n");
        touch(cli, "sql/V1__a.sql", "");
        assertThat(folders(flyway(cli))).containsExactly(cli.resolve("sql").toAbsolutePath().normalize());
    }

    @Test
    void aConfigFileCanBeTheSource(@TempDir Path dir) throws Exception {
        Path conf = touch(dir, "flyway.conf", "flyway.locations=filesystem:migrations\n");
        assertThat(folders(flyway(conf))).containsExactly(dir.resolve("migrations").toAbsolutePath());
    }

    @Test
    void tomlTakesTheNamedEnvironmentAndNeverItsConnection(@TempDir Path dir) throws Exception {
        Path toml = touch(dir, "flyway.toml", """
            [environments.default]
            url = "jdbc:postgresql://localhost:1/prod"
            schemas = ["from_default"]

            [environments.ci]
            url = "jdbc:postgresql://localhost:2/ci"
            user = "ci"
            password = "secret"
            schemas = ["from_ci"]

            [environments.ci.flyway]
            table = "ci_history"

            [flyway]
            environment = "ci"
            locations = ["filesystem:a", "filesystem:b"]
            encoding = "ISO-8859-1"
            """);
        FlywaySettings s = FlywaySettings.file(toml);
        assertThat(s.values()).containsOnly(
            Map.entry("flyway.schemas", "from_ci"),
            Map.entry("flyway.table", "ci_history"),
            Map.entry("flyway.locations", "filesystem:a,filesystem:b"),
            Map.entry("flyway.encoding", "ISO-8859-1"));
    }

    @Test
    void locationsOffThisDiskAreRefused(@TempDir Path dir) throws Exception {
        touch(dir, "flyway.conf", "flyway.locations=s3:bucket/migrations\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> detect(dir))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("s3:bucket/migrations").hasMessageContaining("filesystem: and classpath:");
    }

    @Test
    void javaMigrationsAreFoundUnderLocationsAndSourceFolders(@TempDir Path dir) throws Exception {
        touch(dir, "pom.xml", "<project/>");
        touch(dir, "src/main/resources/db/migration/V1__a.sql", "");
        touch(dir, "src/main/resources/db/migration/V2__Compiled.class", "");
        touch(dir, "src/main/java/db/migration/V3__Backfill.java", "");
        touch(dir, "src/main/kotlin/db/migration/R__Refresh.kt", "");
        touch(dir, "src/main/java/db/migration/Helper.java", "");
        assertThat(flyway(dir).javaMigrations()).containsExactly(
            "src/main/java/db/migration/V3__Backfill.java",
            "src/main/kotlin/db/migration/R__Refresh.kt",
            "src/main/resources/db/migration/V2__Compiled.class");
    }
}
