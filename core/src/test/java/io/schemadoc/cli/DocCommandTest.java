package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.ModelJson;
import io.schemadoc.output.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doc, check and coverage end to end on a snapshot SOURCE (no server needed). */
class DocCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Path snapshot(Path dir) throws Exception {
        Path file = dir.resolve("schema.json");
        Files.writeString(file, ModelJson.write(Fixtures.seedLike()));
        return file;
    }

    @Test
    void docThenCheckPassesAndDriftFails(@TempDir Path dir) throws Exception {
        Path snap = snapshot(dir);
        Path docs = dir.resolve("docs");
        Run doc = run("doc", snap.toString(), "--out", docs.toString(), "--format", "md,json");
        assertThat(doc.code()).as(doc.err()).isZero();
        assertThat(docs.resolve("README.md")).exists();
        assertThat(docs.resolve("public.usage_events.md")).exists();
        assertThat(ModelJson.read(Files.readString(docs.resolve("schema.json")))).isEqualTo(Fixtures.seedLike());

        Run ok = run("check", snap.toString(), "--docs", docs.toString(), "--format", "md,json");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).isEmpty();

        Files.writeString(docs.resolve("public.users.md"), "edited by hand\n");
        Run drift = run("check", snap.toString(), "--docs", docs.toString(), "--format", "md,json");
        assertThat(drift.code()).isEqualTo(1);
        assertThat(drift.out()).contains("-edited by hand").contains("+# public.users");
        assertThat(drift.err()).contains("schemadoc doc");

        Run onlyMd = run("check", snap.toString(), "--docs", docs.toString());
        assertThat(onlyMd.code()).isEqualTo(1);
        assertThat(onlyMd.out()).contains("schema.json");
    }

    @Test
    void unknownFormatIsBadInput(@TempDir Path dir) throws Exception {
        Run r = run("doc", snapshot(dir).toString(), "--out", dir.resolve("d").toString(), "--format", "md,pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format 'pdf'").contains("md, json");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void badConfigIsBadInputNamingTheLine(@TempDir Path dir) throws Exception {
        Path cfg = Files.writeString(dir.resolve("c.yml"), "name: x\ner:\n  distance: lots\n");
        Run r = run("doc", snapshot(dir).toString(), "--out", dir.resolve("d").toString(), "--config", cfg.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("c.yml:3: 'er.distance' must be a whole number");
    }

    @Test
    void coverageAsTextAndJson(@TempDir Path dir) throws Exception {
        Path snap = snapshot(dir);
        Run text = run("coverage", snap.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("tables").contains("public.users").contains("routines");
        // 6 tables (2 with a comment: users, audit_log) + 1 partitioned, 1 view with a comment
        assertThat(text.out()).containsPattern("tables\\s+2\\s+7\\s+28.6%");
        assertThat(text.out()).containsPattern("views\\s+1\\s+1\\s+100.0%");
        Run json = run("coverage", snap.toString(), "--format", "json");
        assertThat(json.code()).isZero();
        var node = ModelJson.mapper().readTree(json.out());
        assertThat(node.at("/total/routines/commented").asInt()).isEqualTo(1);
        assertThat(node.at("/total/columns/total").asInt()).isEqualTo(33);
        assertThat(node.at("/schemas/public/other/total").asInt()).isEqualTo(5);
    }
}
