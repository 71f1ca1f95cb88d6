package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway projects through the real command line: no configuration, one-line errors, nothing from Flyway on stdout. */
class FlywayCliTest {
    private static final Path FIXTURES = Path.of("src/test/resources/flyway").toAbsolutePath();

    @Test
    void docOnAProjectRootNeedsNoConfigurationAndCheckAgrees(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("docs");
        Cli.Run doc = Cli.run("doc", FIXTURES.resolve("project").toString(), "--out", out.toString());
        assertThat(doc.code()).as(doc.toString()).isZero();
        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).startsWith("# project\n").contains("[public.loan](public.loan.md)").contains("Books out on loan")
            .doesNotContain("flyway_schema_history").doesNotContain("## Notes");
        assertThat(out.resolve("public.book.md")).exists();

        Cli.Run check = Cli.run("check", FIXTURES.resolve("project").toString(), "--docs", out.toString());
        assertThat(check.code()).as(check.toString()).isZero();
    }

    @Test
    void aJavaMigrationFailsInOneLineAndSkippingItIsInTheDocs(@TempDir Path dir) throws Exception {
        String project = FIXTURES.resolve("java-migration").toString();
        Cli.Run refused = Cli.run("doc", project, "--out", dir.resolve("refused").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("V3__Backfill.java is a Java migration")
            .contains("--skip-unsupported");
        assertThat(dir.resolve("refused")).doesNotExist();

        Path out = dir.resolve("docs");
        Cli.Run skipped = Cli.run("doc", project, "--skip-unsupported", "--out", out.toString(), "--format", "md,html");
        assertThat(skipped.code()).as(skipped.toString()).isZero();
        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).contains("## Notes\n\n- Flyway Java migration src/main/java/db/migration/V3\\_\\_Backfill.java was not applied");
        assertThat(readme.indexOf("## Notes")).isLessThan(readme.indexOf("## Tables"));
        String html = Files.readString(out.resolve("html/index.html").toFile().exists() ? out.resolve("html/index.html") : out.resolve("index.html"));
        assertThat(html).contains("<h2 id=\"h-notes\">Notes</h2>").contains("V3__Backfill.java was not applied");
    }

    @Test
    void inspectStdoutIsOnlyTheModelAndStderrOnlyOneLine(@TempDir Path dir) throws Exception {
        // A child JVM: Flyway logging to the real stdout/stderr would show here (Main's writers would not catch it).
        Cli.Run ok = Cli.runInChild(Map.of(), dir, "inspect", FIXTURES.resolve("conf").toString(), "--quiet");
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.err()).isEmpty();
        Schema schema = ModelJson.read(ok.out());
        assertThat(schema.tables()).extracting(t -> t.schema() + "." + t.name()).containsExactlyInAnyOrder("app.item", "app.audit_log");
        assertThat(ok.out()).doesNotContain("hunter2").doesNotContain("Successfully applied").doesNotContain("Migrating schema");

        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("V1__a.sql"), "create table a (x int);\n");
        Files.writeString(bad.resolve("V2__b.sql"), "create table b (x nope);\n");
        Cli.Run failed = Cli.runInChild(Map.of(), dir, "inspect", bad.toString(), "--quiet");
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).startsWith("schemadoc: V2__b.sql:1: ERROR: type \"nope\" does not exist");
        assertThat(failed.err().strip()).doesNotContain("\n");
    }
}
