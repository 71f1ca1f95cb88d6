package io.schemadoc.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goal parameters become the same command line a user would type; the default SOURCE is found in the project. */
class ArgumentsTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void layout() throws Exception {
        project = dir.resolve("service");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
    }

    <T extends SchemadocMojo> T mojo(T mojo) {
        MavenProject p = new MavenProject();
        p.setFile(project.resolve("pom.xml").toFile());
        mojo.project = p;
        return mojo;
    }

    DocMojo doc() {
        DocMojo m = mojo(new DocMojo());
        m.docs = project.resolve("docs/schema").toFile();
        m.format = "md";
        return m;
    }

    CheckMojo check() throws Exception {
        CheckMojo m = mojo(new CheckMojo());
        m.docs = project.resolve("docs/schema").toFile();
        Files.createDirectories(m.docs.toPath());
        m.format = "md";
        return m;
    }

    LintMojo lint() {
        LintMojo m = mojo(new LintMojo());
        m.failOn = "warning";
        m.sarif = project.resolve("target/schemadoc/lint.sarif").toFile();
        return m;
    }

    @Test
    void flywayProjectIsTheDefaultSource() throws Exception {
        Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        assertThat(doc().sourceArgument()).as("the project, so that its Flyway settings apply").isEqualTo(project.toString());
    }

    @Test
    void liquibaseProjectWhenThereIsNoFlywayFolder() throws Exception {
        Path changelogs = Files.createDirectories(project.resolve("src/main/resources/db/changelog"));
        Files.writeString(changelogs.resolve("db.changelog-master.xml"), "<databaseChangeLog/>");
        assertThat(doc().sourceArgument()).isEqualTo(project.toString());
    }

    @Test
    void flywayFirstWhenAProjectHasBoth() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Path changelogs = Files.createDirectories(project.resolve("src/main/resources/db/changelog"));
        Files.writeString(changelogs.resolve("db.changelog-master.yaml"), "databaseChangeLog: []\n");
        assertThat(doc().sourceArgument()).isEqualTo(migrations.toString());
    }

    @Test
    void noSchemaAnywhereIsAClearError() {
        assertThatThrownBy(() -> doc().sourceArgument()).isInstanceOf(MojoExecutionException.class)
            .hasMessageContaining("src/main/resources/db/migration").hasMessageContaining("-Dschemadoc.source");
    }

    @Test
    void aParentPomWithoutSchemaIsSkippedAJarIsNot() throws Exception {
        LintMojo parent = lint();
        parent.project.setPackaging("pom");
        parent.execute();
        assertThat(project.resolve("target")).doesNotExist();
        LintMojo service = lint();
        service.project.setPackaging("jar");
        assertThatThrownBy(service::execute).isInstanceOf(MojoExecutionException.class).hasMessageStartingWith("no schema found");
    }

    @Test
    void givenSourceIsRelativeToTheProjectAndUrlsPassAsTheyAre() throws Exception {
        DocMojo m = doc();
        m.source = "sql/schema";
        assertThat(m.sourceArgument()).isEqualTo(project.resolve("sql/schema").toString());
        m.source = "postgres://reader:secret@db.internal:5432/billing";
        assertThat(m.sourceArgument()).isEqualTo("postgres://reader:secret@db.internal:5432/billing");
        assertThat(SchemadocMojo.needsEmbeddedServer(m.sourceArgument())).isFalse();
        assertThat(SchemadocMojo.needsEmbeddedServer(project.resolve("schema.JSON").toString())).isFalse();
        assertThat(SchemadocMojo.needsEmbeddedServer(project.resolve("sql/schema").toString())).isTrue();
        assertThat(SchemadocMojo.printable(List.of("doc", m.sourceArgument(), "--out", "x"), m.sourceArgument()))
            .containsExactly("doc", "<database URL>", "--out", "x");
    }

    @Test
    void docCommandLine() throws Exception {
        DocMojo m = doc();
        m.format = "md,html";
        assertThat(m.arguments("/s")).containsExactly("doc", "/s", "--out", project.resolve("docs/schema").toString(),
            "--format", "md,html", "--pg-version", "18", "--quiet");
    }

    @Test
    void everySourceOptionInTheCliSpelling() throws Exception {
        DocMojo m = doc();
        Files.writeString(project.resolve(".schemadoc.yml"), "name: service\n");
        m.pgVersion = 15;
        m.skipUnsupported = true;
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("schema", "billing");
        placeholders.put("owner", "app");
        m.placeholders = placeholders;
        m.placeholderList = "owner=ops, region=eu";
        m.contexts = "!test";
        m.labels = "core and not slow";
        assertThat(m.arguments("/s")).containsExactly("doc", "/s", "--out", project.resolve("docs/schema").toString(),
            "--format", "md", "--config", project.resolve(".schemadoc.yml").toString(), "--pg-version", "15",
            "--skip-unsupported", "--placeholder", "schema=billing", "--placeholder", "owner=ops", "--placeholder", "region=eu",
            "--contexts", "!test", "--labels", "core and not slow", "--quiet");
    }

    @Test
    void explicitConfigWinsOverTheProjectOne() throws Exception {
        Files.writeString(project.resolve(".schemadoc.yml"), "name: service\n");
        DocMojo m = doc();
        m.config = project.resolve("config/ci.yml").toFile();
        assertThat(m.sourceOptions()).containsSequence("--config", project.resolve("config/ci.yml").toString());
    }

    @Test
    void checkComparesTheDocsFolderAndNeedsIt() throws Exception {
        CheckMojo m = check();
        assertThat(m.arguments("/s")).startsWith("check", "/s", "--docs", project.resolve("docs/schema").toString(), "--format", "md");
        m.docs = project.resolve("site/db").toFile();
        m.format = "html";
        assertThatThrownBy(() -> m.arguments("/s")).isInstanceOf(MojoFailureException.class)
            .hasMessage("site/db does not exist: write it with `mvn schemadoc:doc -Dschemadoc.docs=site/db -Dschemadoc.format=html` and commit it");
    }

    @Test
    void lintWritesSarifRelativeToTheRepositoryRoot() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        LintMojo m = lint();
        assertThat(m.arguments("/s")).containsExactly("lint", "/s", "--fail-on", "warning",
            "--sarif", project.resolve("target/schemadoc/lint.sarif").toString(), "--sarif-root", dir.toString(),
            "--sarif-anchor", "service/pom.xml", "--pg-version", "18", "--quiet");
    }

    @Test
    void lintAnchorsAtTheConfigWhenThereIsOneAndRootDefaultsToTheProject() throws Exception {
        // A worktree marks its root with a .git file; here there is none above the project at all.
        Files.writeString(project.resolve(".schemadoc.yml"), "name: service\n");
        LintMojo m = lint();
        m.failOn = "error";
        List<String> args = m.arguments("/s");
        assertThat(m.root()).isEqualTo(project);
        assertThat(args).containsSequence("--sarif-root", project.toString()).doesNotContain("--sarif-anchor");
        assertThat(args).containsSequence("--fail-on", "error");
        m.sarifRoot = dir.toFile();
        m.sarifAnchor = "docs/README.md";
        assertThat(m.arguments("/s")).containsSequence("--sarif-root", dir.toString(), "--sarif-anchor", "docs/README.md");
    }

    @Test
    void worktreeGitFileMarksTheRoot() throws Exception {
        Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/service\n");
        assertThat(lint().root()).isEqualTo(dir);
        assertThat(new File(LintMojo.relative(dir, project.resolve("target/x.sarif")))).hasToString("service/target/x.sarif");
    }
}
