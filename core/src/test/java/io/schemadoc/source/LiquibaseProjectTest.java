package io.schemadoc.source;

import static io.schemadoc.source.LiquibaseChangelogTest.FIXTURES;
import static io.schemadoc.source.LiquibaseChangelogTest.options;
import static io.schemadoc.source.LiquibaseChangelogTest.table;
import static io.schemadoc.source.LiquibaseChangelogTest.tableNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.model.Schema;
import io.schemadoc.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments are Liquibase changelogs, and what the project's own files say about running them. */
class LiquibaseProjectTest {

    private static Source detect(Path path) {
        return Sources.detect(path.toString(), Map.of());
    }

    private static Path changelogOf(Path path) {
        Source source = detect(path);
        assertThat(source).isInstanceOf(LiquibaseChangelog.class);
        return ((LiquibaseChangelog) source).changelog();
    }

    @Test
    void changelogFilesByName(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"db.changelog-master.yaml", "db.changelog-1.0.yml", "changelog.xml", "changelog-main.json",
            "my_changelog.yaml"}) {
            Path file = Files.writeString(dir.resolve(name), "{}");
            assertThat(detect(file)).as(name).isInstanceOf(LiquibaseChangelog.class);
        }
    }

    @Test
    void changelogFilesByContent(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("schema.yaml"), "# ours\ndatabaseChangeLog:\n  - changeSet: {id: 1, author: a}\n");
        Path xml = Files.writeString(dir.resolve("schema.xml"), "<?xml version=\"1.0\"?>\n<databaseChangeLog xmlns=\"x\"/>\n");
        Path json = Files.writeString(dir.resolve("schema.json"), "{\n  \"databaseChangeLog\": []\n}\n");
        Path sql = Files.writeString(dir.resolve("V1__init.sql"), "-- liquibase formatted sql\n--changeset a:1\ncreate table t (x int);\n");
        assertThat(changelogOf(yaml)).isEqualTo(yaml.toAbsolutePath());
        assertThat(changelogOf(xml)).isEqualTo(xml.toAbsolutePath());
        assertThat(changelogOf(json)).isEqualTo(json.toAbsolutePath());
        assertThat(changelogOf(sql)).isEqualTo(sql.toAbsolutePath());
    }

    @Test
    void otherFilesKeepTheirKind(@TempDir Path dir) throws Exception {
        Path plainSql = Files.writeString(dir.resolve("changelog.sql"), "create table t (x int);\n");
        Path snapshot = Files.writeString(dir.resolve("schema.json"), "{\"format\": 1, \"database\": \"x\", \"serverVersion\": \"18\"}");
        Path config = Files.writeString(dir.resolve("config.yaml"), "name: x\n");
        assertThat(detect(plainSql)).isInstanceOf(SqlFiles.class);
        assertThat(detect(snapshot)).isInstanceOf(Snapshot.class);
        assertThatThrownBy(() -> detect(config)).isInstanceOf(SourceException.class).hasMessageContaining("cannot tell what kind of SOURCE");
    }

    @Test
    void aFolderHoldingAMasterChangelog(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001.sql"), "create table t (x int);\n");
        Path master = Files.writeString(dir.resolve("db.changelog-master.xml"), "<databaseChangeLog/>");
        assertThat(changelogOf(dir)).isEqualTo(master.toAbsolutePath());
    }

    @Test
    void aFolderOfPlainSqlStaysSqlFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001.sql"), "create table t (x int);\n");
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        assertThat(detect(dir)).isInstanceOf(SqlFiles.class);
    }

    @Test
    void springBootDefaultLocation() {
        assertThat(changelogOf(FIXTURES.resolve("spring-default")))
            .isEqualTo(FIXTURES.resolve("spring-default/src/main/resources/db/changelog/db.changelog-master.yaml").toAbsolutePath());
    }

    @Test
    void springBootChangeLogSettingWithItsContextsAndParameters() {
        LiquibaseChangelog changelog = (LiquibaseChangelog) detect(FIXTURES.resolve("spring-project"));
        assertThat(changelog.changelog()).isEqualTo(FIXTURES.resolve("spring-project/src/main/resources/db/changelog/main.yaml").toAbsolutePath());
        assertThat(changelog.settings()).isEqualTo(new LiquibaseChangelog.Settings("prod", null, Map.of("audit_schema", "audit")));
    }

    @Test
    void springApplicationPropertiesAreReadToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("build.gradle.kts"), "");
        Path resources = Files.createDirectories(dir.resolve("src/main/resources/db"));
        Path master = Files.writeString(resources.resolve("changes.xml"), "<databaseChangeLog/>");
        Files.writeString(dir.resolve("src/main/resources/application.properties"), """
            spring.datasource.url=jdbc:postgresql://prod/db
            spring.liquibase.changeLog=classpath:/db/changes.xml
            spring.liquibase.label-filter=!slow
            spring.liquibase.parameters.owner=app
            """);
        LiquibaseChangelog changelog = (LiquibaseChangelog) detect(dir);
        assertThat(changelog.changelog()).isEqualTo(master.toAbsolutePath());
        assertThat(changelog.settings()).isEqualTo(new LiquibaseChangelog.Settings(null, "!slow", Map.of("owner", "app")));
    }

    @Test
    void liquibasePropertiesGiveChangelogContextsLabelsAndParametersButNeverTheUrl(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("db"));
        Path master = Files.writeString(dir.resolve("db/main.yaml"), "databaseChangeLog: []\n");
        Files.writeString(dir.resolve("liquibase.properties"), """
            liquibase.command.changelogFile=db/main.yaml
            liquibase.command.url=jdbc:postgresql://prod.example.com/app
            context-filter=ci
            label-filter=fast
            parameter.schema=app
            """);
        LiquibaseChangelog changelog = (LiquibaseChangelog) detect(dir);
        assertThat(changelog.changelog()).isEqualTo(master.toAbsolutePath());
        assertThat(changelog.settings()).isEqualTo(new LiquibaseChangelog.Settings("ci", "fast", Map.of("schema", "app")));
        // the properties file itself is a SOURCE too
        assertThat(changelogOf(dir.resolve("liquibase.properties"))).isEqualTo(master.toAbsolutePath());
    }

    @Test
    void aChangelogSettingThatPointsNowhereIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("liquibase.properties"), "changeLogFile=db/missing.yaml\n");
        assertThatThrownBy(() -> detect(dir))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("changeLogFile in " + dir.resolve("liquibase.properties") + " is db/missing.yaml, which is not a file");
    }

    /** The project's liquibase.properties points at a "production" database on port 1: only the scratch database is used. */
    @Test
    void aPropertiesProjectIsAppliedOnTheScratchDatabaseOnly() {
        Schema schema = detect(FIXTURES.resolve("properties-project")).read(options(MigrationOptions.DEFAULT));
        assertThat(tableNames(schema)).containsExactlyInAnyOrder("public.owners", "public.reports", "public.extra");
        assertThat(table(schema, "extra").source()).isEqualTo(new SourceLocation("db/changes/extra.sql", 3, "changeSet extra by ops"));
        assertThat(table(schema, "owners").source()).isEqualTo(new SourceLocation("db/changelog.xml", 6, "changeSet owners by ops"));
    }

    @Test
    void aSpringProjectWithClasspathIncludesContextsAndParameters() {
        Source project = detect(FIXTURES.resolve("spring-project"));
        Schema prod = project.read(options(MigrationOptions.DEFAULT));
        assertThat(prod.database()).isEqualTo("spring-project");
        assertThat(tableNames(prod)).containsExactlyInAnyOrder("public.accounts", "audit.account_events");
        assertThat(table(prod, "accounts").source())
            .isEqualTo(new SourceLocation("src/main/resources/db/changelog/changes/001-accounts.sql", 4, "changeSet accounts by shop"));

        // the command line overrides the project's settings
        Schema test = project.read(options(new MigrationOptions(false, Map.of("audit_schema", "history"), "test", null)));
        assertThat(tableNames(test)).containsExactlyInAnyOrder("public.accounts", "public.test_accounts");
        assertThat(test.schemas()).extracting(s -> s.name()).contains("history").doesNotContain("audit");
    }
}
