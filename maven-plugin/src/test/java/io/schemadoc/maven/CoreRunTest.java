package io.schemadoc.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadoc.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command lines the goals build, run by the real core on an embedded PostgreSQL. */
class CoreRunTest {

    static Path project(Path dir) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(migrations.resolve("V1__event.sql"), """
            CREATE TABLE event (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, happened_at timestamp NOT NULL);
            COMMENT ON TABLE event IS 'Something that happened.';
            """);
        return migrations;
    }

    static <T extends SchemadocMojo> T mojo(T mojo, Path dir) {
        MavenProject p = new MavenProject();
        p.setFile(dir.resolve("pom.xml").toFile());
        mojo.project = p;
        return mojo;
    }

    @Test
    void docThenCheckThenStale(@TempDir Path dir) throws Exception {
        Path migrations = project(dir);
        DocMojo doc = mojo(new DocMojo(), dir);
        doc.docs = dir.resolve("docs/schema").toFile();
        doc.format = "md";
        String src = doc.sourceArgument();
        assertThat(CoreRun.of(doc.arguments(src)).requireNoError().code()).isEqualTo(Main.OK);
        assertThat(dir.resolve("docs/schema/public.event.md")).isRegularFile();

        CheckMojo check = mojo(new CheckMojo(), dir);
        check.docs = doc.docs;
        check.format = "md";
        assertThat(CoreRun.of(check.arguments(src)).requireNoError().findings()).isFalse();

        Files.writeString(migrations.resolve("V2__source.sql"), "ALTER TABLE event ADD COLUMN source text;\n");
        CoreRun stale = CoreRun.of(check.arguments(src)).requireNoError();
        assertThat(stale.findings()).isTrue();
        assertThat(stale.out()).contains("+++ generated/public.event.md").containsPattern("\\+\\| source +\\| text");
    }

    @Test
    void lintPrintsTextAndWritesSarifInOneRun(@TempDir Path dir) throws Exception {
        project(dir);
        LintMojo lint = mojo(new LintMojo(), dir);
        lint.failOn = "warning";
        lint.sarif = dir.resolve("target/schemadoc/lint.sarif").toFile();
        lint.sarifRoot = dir.toFile();
        CoreRun run = CoreRun.of(lint.arguments(lint.sourceArgument())).requireNoError();
        assertThat(run.findings()).isTrue();
        assertThat(run.out()).contains("warning [timestamp-without-time-zone] public.event.happened_at");
        JsonNode sarif = new ObjectMapper().readTree(lint.sarif);
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
            .isEqualTo("src/main/resources/db/migration/V1__event.sql");

        lint.failOn = "error";
        assertThat(CoreRun.of(lint.arguments(lint.sourceArgument())).requireNoError().findings()).isFalse();
    }

    @Test
    void liquibaseProjectWithSpringParameters(@TempDir Path dir) throws Exception {
        Path changelogs = Files.createDirectories(dir.resolve("src/main/resources/db/changelog"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.writeString(dir.resolve("src/main/resources/application.properties"), "spring.liquibase.parameters.table=ledger\n");
        Files.writeString(changelogs.resolve("db.changelog-master.yaml"), """
            databaseChangeLog:
              - changeSet:
                  id: 1
                  author: billing
                  changes:
                    - sql:
                        sql: CREATE TABLE ${table} (id bigint PRIMARY KEY, amount_cents integer NOT NULL)
            """);
        DocMojo doc = mojo(new DocMojo(), dir);
        doc.docs = dir.resolve("docs/schema").toFile();
        doc.format = "md";
        assertThat(CoreRun.of(doc.arguments(doc.sourceArgument())).requireNoError().code()).isEqualTo(Main.OK);
        assertThat(dir.resolve("docs/schema/public.ledger.md")).isRegularFile();
    }

    @Test
    void badInputIsOneLineForMaven(@TempDir Path dir) {
        assertThatThrownBy(() -> CoreRun.of(List.of("lint", dir.resolve("nowhere").toString(), "--quiet")).requireNoError())
            .isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("no such file or directory: " + dir.resolve("nowhere"))
            .hasNoCause()
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("schemadoc: "));
        assertThatThrownBy(() -> CoreRun.of(List.of("lint", dir.toString(), "--fail-on", "sometimes")).requireNoError())
            .isInstanceOf(MojoExecutionException.class).hasMessageContaining("--fail-on");
    }

    @Test
    void internalErrorsPointAtMavensDebugFlag() {
        CoreRun run = new CoreRun(Main.INTERNAL_ERROR, "", "schemadoc: internal error: java.lang.IllegalStateException: x (run again with --debug for details)\n");
        assertThatThrownBy(run::requireNoError).isInstanceOf(MojoExecutionException.class)
            .hasMessage("internal error: java.lang.IllegalStateException: x (run Maven with -X for details)");
    }
}
