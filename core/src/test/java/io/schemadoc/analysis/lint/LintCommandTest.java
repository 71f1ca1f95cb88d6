package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.schemadoc.cli.Main;
import io.schemadoc.model.ModelJson;
import io.schemadoc.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: formats, exit codes, config errors. */
class LintCommandTest {
    static final String MIGRATIONS = "src/test/resources/lint/migrations";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitCodesFollowFailOn() {
        Run warn = run("lint", MIGRATIONS);
        assertThat(warn.code()).isEqualTo(Main.FINDINGS);
        assertThat(warn.out()).contains("001_init.sql:").contains("[serial-instead-of-identity]")
            .contains("note: live rules skipped").contains(" findings (");
        assertThat(run("lint", MIGRATIONS, "--fail-on", "never").code()).isEqualTo(Main.OK);
        assertThat(run("lint", MIGRATIONS, "--fail-on", "error").code()).as("security definer is an error").isEqualTo(Main.FINDINGS);
        Run clean = run("lint", "src/test/resources/lint/clean.sql", "--fail-on", "warning");
        assertThat(clean.out()).contains("no findings");
        assertThat(clean.code()).isEqualTo(Main.OK);
    }

    @Test
    void badConfigIsBadInput(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("lint.yml");
        Files.writeString(cfg, "lint:\n  rules:\n    no-such-rule:\n      severity: error\n");
        Run r = run("lint", MIGRATIONS, "--config", cfg.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no-such-rule").doesNotContain("Exception");
        assertThat(run("lint", MIGRATIONS, "--format", "yaml").code()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void configChangesSeverities(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("lint.yml");
        Files.writeString(cfg, "lint:\n  rules:\n    security-definer-search-path:\n      severity: warning\n");
        assertThat(run("lint", MIGRATIONS, "--config", cfg.toString(), "--fail-on", "error").code()).isEqualTo(Main.OK);
    }

    @Test
    void jsonAndSarif(@TempDir Path dir) throws Exception {
        JsonNode json = ModelJson.mapper().readTree(run("lint", MIGRATIONS, "--format", "json", "--fail-on", "never").out());
        assertThat(json.path("findings").size()).isPositive();
        assertThat(json.at("/findings/0/location/file").asText()).endsWith(".sql");
        Path sarif = dir.resolve("lint.sarif");
        Run r = run("lint", MIGRATIONS, "--format", "sarif", "--out", sarif.toString());
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).isEmpty();
        JsonNode log = ModelJson.mapper().readTree(Files.readString(sarif));
        assertThat(io.schemadoc.output.sarif.SarifStructureAccess.check(log)).isEmpty();
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
            .startsWith("src/test/resources/lint/migrations/");
    }

    @Test
    void textAndSarifFromOneRunWithPathsFromAGivenRoot(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("reports/lint.sarif");
        Path root = Path.of("..").toAbsolutePath().normalize();
        Run r = run("lint", Path.of(MIGRATIONS).toAbsolutePath().toString(), "--sarif", sarif.toString(),
            "--sarif-root", root.toString());
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).contains("[serial-instead-of-identity]").contains(" findings (");
        JsonNode log = ModelJson.mapper().readTree(Files.readString(sarif));
        assertThat(io.schemadoc.output.sarif.SarifStructureAccess.check(log)).isEmpty();
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
            .startsWith("core/src/test/resources/lint/migrations/");
        assertThat(log.at("/runs/0/results").size()).isEqualTo(r.out().lines().filter(l -> l.contains(": warning [") || l.contains(": error [") || l.contains(": info [")).count());
    }

    @Test
    void liveDatabaseRunsLiveRules() {
        String url = TestDatabases.databaseWith(18, "create table t (id int primary key, at timestamp);");
        Run r = run("lint", url, "--fail-on", "never");
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("public.t.at: warning [timestamp-without-time-zone]").doesNotContain("live rules skipped");
    }
}
