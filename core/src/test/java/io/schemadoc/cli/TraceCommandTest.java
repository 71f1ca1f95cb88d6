package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code schemadoc trace} end to end on examples/chat-app (SQL files on embedded PostgreSQL): the outputs are golden
 * files, read by eye when they change; rewrite them on purpose with {@code -Dgolden.update=true}.
 */
class TraceCommandTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void textMermaidAndJsonOfADeleteCascade() throws IOException {
        for (String format : new String[] {"text", "mermaid", "json"}) {
            Run r = run("trace", "../examples/chat-app", "public.chat_sessions", "delete", "--format", format);
            assertThat(r.code()).as(r.err()).isZero();
            golden("trace/chat-app-chat_sessions-delete." + format, r.out());
        }
        Run signIn = run("trace", "../examples/chat-app", "auth.users", "update", "--columns", "email,last_sign_in_at");
        assertThat(signIn.code()).as(signIn.err()).isZero();
        golden("trace/chat-app-users-update.text", signIn.out());
    }

    @Test
    void allTracesEveryTableAsTheSingleTracesWouldInOneRun() throws IOException {
        Run json = run("trace", "../examples/chat-app", "--all", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode array = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        io.schemadoc.model.Schema schema = io.schemadoc.source.Sources.detect("../examples/chat-app", java.util.Map.of())
            .read(new SourceOptions().readOptions());
        java.util.List<io.schemadoc.model.Table> tables = schema.tables().stream().filter(t -> t.kind().isTableLike()).toList();
        assertThat(array).hasSize(3 * tables.size());
        Run single = run("trace", "../examples/chat-app", "public.chat_sessions", "delete", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(single.out());
        assertThat(array).contains(expected);
        assertThat(array.get(0).get("table").asText()).isEqualTo(tables.get(0).qualifiedName().toString());
        assertThat(array.get(0).get("operation").asText()).isEqualTo("INSERT");
        assertThat(array.get(2).get("operation").asText()).isEqualTo("DELETE");

        Run text = run("trace", "../examples/chat-app", "--all");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains(run("trace", "../examples/chat-app", "public.chat_sessions", "delete").out());
        assertThat(text.out().lines().filter(l -> l.matches("(INSERT|UPDATE|DELETE) on \\S+"))).hasSize(3 * tables.size());

        Run withTable = run("trace", "../examples/chat-app", "public.chat_sessions", "--all");
        assertThat(withTable.code()).isEqualTo(2);
        assertThat(withTable.err()).contains("--all traces every table").hasLineCount(1);
        Run mermaid = run("trace", "../examples/chat-app", "--all", "--format", "mermaid");
        assertThat(mermaid.code()).isEqualTo(2);
        Run neither = run("trace", "../examples/chat-app");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("or --all").hasLineCount(1);
    }

    @Test
    void badRequestsExitWithTwoAndOneLine() {
        Run noTable = run("trace", "../examples/chat-app", "public.nope", "insert");
        assertThat(noTable.code()).isEqualTo(2);
        assertThat(noTable.err()).startsWith("schemadoc: no table public.nope").hasLineCount(1);
        Run noColumn = run("trace", "../examples/chat-app", "chat_sessions", "update", "--columns", "nope");
        assertThat(noColumn.code()).isEqualTo(2);
        assertThat(noColumn.err()).contains("has no column nope").hasLineCount(1);
        Run badOp = run("trace", "../examples/chat-app", "chat_sessions", "upsert");
        assertThat(badOp.code()).isEqualTo(2);
        assertThat(badOp.err()).contains("use insert, update, delete or truncate").hasLineCount(1);
    }

    static void golden(String name, String actual) throws IOException {
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target/golden-actual", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden " + golden + " (actual written to target/golden-actual/" + name + ")").isEqualTo(expected);
    }
}
