package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemadoc.cli.DocCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase projects end to end through the command line: zero configuration, errors on one line, stdout clean. */
class LiquibaseCliTest {
    private static final Path FIXTURES = Path.of("src/test/resources/liquibase");

    @Test
    void docOnASpringBootProjectRootThenCheck(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs");
        String project = FIXTURES.resolve("spring-project").toString();
        Run doc = DocCommandTest.run("doc", project, "--out", docs.toString(), "--pg-version", "18", "--format", "md,json");
        assertThat(doc.code()).as(doc.err()).isZero();
        assertThat(docs.resolve("public.accounts.md")).exists();
        JsonNode accounts = null;
        for (JsonNode t : new ObjectMapper().readTree(docs.resolve("schema.json").toFile()).get("tables")) {
            if (t.get("name").asText().equals("accounts")) {
                accounts = t;
            }
        }
        assertThat(accounts).isNotNull();
        assertThat(accounts.get("source").get("file").asText()).isEqualTo("src/main/resources/db/changelog/changes/001-accounts.sql");
        assertThat(accounts.get("source").get("unit").asText()).isEqualTo("changeSet accounts by shop");
        assertThat(docs.resolve("audit.account_events.md")).exists();
        assertThat(docs.resolve("public.test_accounts.md")).doesNotExist();
        assertThat(Files.readString(docs.resolve("README.md"))).doesNotContain("databasechangelog");

        Run check = DocCommandTest.run("check", project, "--docs", docs.toString(), "--format", "md,json");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        // a context given on the command line changes the schema: the docs are stale
        Run stale = DocCommandTest.run("check", project, "--docs", docs.toString(), "--format", "md,json", "--contexts", "test");
        assertThat(stale.code()).isEqualTo(1);
    }

    @Test
    void aCustomChangeIsBadInputOnOneLineAndSkipUnsupportedGoesOn(@TempDir Path dir) {
        String changelog = FIXTURES.resolve("custom/db.changelog-master.yaml").toString();
        Run refused = DocCommandTest.run("inspect", changelog);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).doesNotContain("\n").contains("changeSet backfill by bob").contains("com.example.migrations.Backfill");

        Run skipped = DocCommandTest.run("inspect", changelog, "--skip-unsupported");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("after_custom").contains("was not applied: its customChange com.example.migrations.Backfill");
    }

    /**
     * In a JVM of its own (Liquibase says most when it first starts), `inspect` on a changelog whose changeSets print to
     * stdout and stderr: stdout holds the JSON and nothing else, stderr nothing at all.
     */
    @Test
    void liquibaseWritesNothingToStdoutOrStderr(@TempDir Path dir) throws Exception {
        Path changelog = Files.writeString(dir.resolve("db.changelog-master.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                <changeSet id="1" author="a">
                    <createTable tableName="quiet"><column name="id" type="int"/></createTable>
                </changeSet>
                <changeSet id="2" author="a">
                    <output target="STDOUT">printed by an output change</output>
                    <output>printed to stderr by default</output>
                </changeSet>
            </databaseChangeLog>
            """);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            "-Dschemadoc.pgBinaries=" + System.getProperty("schemadoc.pgBinaries"),
            "io.schemadoc.cli.Main", "inspect", changelog.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("tables").get(0).get("name").asText()).isEqualTo("quiet");
        assertThat(out.strip()).startsWith("{").endsWith("}").doesNotContain("printed");
    }
}
