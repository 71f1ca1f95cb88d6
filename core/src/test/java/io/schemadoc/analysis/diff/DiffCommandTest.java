package io.schemadoc.analysis.diff;

import static io.schemadoc.analysis.diff.Fixtures.named;
import static io.schemadoc.analysis.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.cli.Main;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemadoc diff} end to end on snapshots: exit codes, formats, ignore options, bad input. */
class DiffCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String snapshot(String name, Schema schema) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, ModelJson.write(schema));
        return file.toString();
    }

    @Test
    void exitCodes() throws IOException {
        String a = snapshot("a.json", Fixtures.rich());
        String same = snapshot("same.json", Fixtures.rich());
        String b = snapshot("b.json", Fixtures.edit(Fixtures.rich(), s -> table(s, "users").put("comment", "Customers")));

        Run equal = run("diff", a, same, "--exit-code");
        assertThat(equal.code()).isZero();
        assertThat(equal.out()).contains("No differences.");

        Run different = run("diff", a, b, "--exit-code");
        assertThat(different.code()).isEqualTo(1);
        assertThat(different.out()).contains("~ table public.users", "~ comment: People → Customers");

        assertThat(run("diff", a, b).code()).as("without --exit-code a difference is not a failure").isZero();
        assertThat(run("diff", a, b, "--exit-code", "--ignore", "comments").code()).isZero();
        assertThat(run("diff", a, b, "--exit-code", "--ignore-schema", "pub*").code()).isZero();
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        String a = snapshot("a.json", Fixtures.rich());
        Run missing = run("diff", a, dir.resolve("nope.json").toString(), "--exit-code");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").doesNotContain("Exception").hasLineCount(1);

        Run ignore = run("diff", a, a, "--ignore", "comments,colour");
        assertThat(ignore.code()).isEqualTo(2);
        assertThat(ignore.err()).contains("--ignore colour is not known; use comments, owners or column-order");

        assertThat(run("diff", a, a, "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("diff", a).code()).isEqualTo(2);

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": 1, \"tables\": [");
        Run malformed = run("diff", a, broken.toString(), "--exit-code");
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("schemadoc: ").hasLineCount(1);
    }

    @Test
    void formatsAndSqlAndOut() throws IOException {
        String a = snapshot("a.json", Fixtures.rich());
        String b = snapshot("b.json", Fixtures.edit(Fixtures.rich(), s -> named(table(s, "users"), "columns", "email").put("comment", "Login | mail")));

        Run json = run("diff", a, b, "--format", "json");
        assertThat(ModelJson.mapper().readTree(json.out()).get("changes").get(0).get("field").asText()).isEqualTo("comment");

        Run md = run("diff", a, b, "--format", "md");
        assertThat(md.out()).startsWith("## Schema diff").contains("`Login \\| mail`");

        Run sql = run("diff", a, b, "--sql");
        assertThat(sql.out()).startsWith("-- DRAFT").contains("COMMENT ON COLUMN public.users.email IS 'Login | mail';");

        Path out = dir.resolve("report/diff.md");
        Run written = run("diff", a, b, "--format", "md", "--out", out.toString(), "--exit-code");
        assertThat(written.code()).isEqualTo(1);
        assertThat(written.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(md.out());
    }
}
