package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line on stderr naming the problem and what to try, exit code 2, no stack trace. */
class BadInputTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertOneLine(Run run, String expected) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("schemadoc: ").contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMissingFile() {
        assertOneLine(run("inspect", "no/such/dir"), "no such file or directory: no/such/dir");
    }

    @Test
    void aUrlOfAnotherKind() {
        assertOneLine(run("inspect", "mysql://root:pw@localhost/db"), "'mysql' URLs are not supported");
        assertThat(run("inspect", "mysql://root:pw@localhost/db").err()).doesNotContain("pw@");
    }

    @Test
    void anEmptyDirectory(@TempDir Path dir) {
        assertOneLine(run("inspect", dir.toString()), "no .sql files in");
    }

    @Test
    void aProjectWithoutMigrationsSaysWhereItLooked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(dir.resolve("src/main/resources"));
        Run run = run("inspect", dir.toString());
        assertOneLine(run, dir + " is a project without migrations where schemadoc looks: src/main/resources/db/migration (Flyway)");
        assertThat(run.err()).contains("db.changelog-master.* (Liquibase)");
    }

    @Test
    void aSqlErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01_init.sql"), "create table a (x int);\ncreate tabel b (x int);\n");
        assertOneLine(run("inspect", dir.toString()), "01_init.sql:2: ERROR: syntax error at or near \"tabel\"");
    }

    @Test
    void aPsqlMetaCommand(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "\\set ON_ERROR_STOP on\ncreate table a (x int);\n");
        assertOneLine(run("inspect", dir.toString()), "1.sql:1: psql meta-command \\set is not SQL");
    }

    @Test
    void aBrokenSnapshot(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"tables\": []}");
        assertOneLine(run("inspect", f.toString()), "not a schemadoc snapshot");
        Files.writeString(f, "{\"format\": 1, \"tables\": [ {\"name\": ");
        assertOneLine(run("inspect", f.toString()), "not valid JSON");
    }

    @Test
    void aSnapshotMissingARequiredFieldSaysWhere(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"format\": 1, \"tables\": [{\"schema\": \"public\", \"name\": \"t\", \"kind\": \"TABLE\","
            + " \"columns\": [{\"position\": 1, \"type\": \"int\"}]}]}");
        assertOneLine(run("inspect", f.toString()), "malformed snapshot at tables[0].columns[0]: Column without \"name\"");
        assertOneLine(run("diff", f.toString(), f.toString()), "malformed snapshot at tables[0].columns[0]");
    }

    @Test
    void anUnknownPgVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "create table a (x int);\n");
        assertOneLine(run("inspect", dir.toString(), "--pg-version", "12"), "--pg-version 12 is not available");
    }

    @Test
    void anUnknownOption() {
        assertOneLine(run("inspect", "--frobnicate"), "Unknown option: '--frobnicate'");
    }

    @Test
    void debugShowsTheStackTrace() {
        Run r = run("inspect", "no/such/dir", "--debug");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\tat ");
    }
}
