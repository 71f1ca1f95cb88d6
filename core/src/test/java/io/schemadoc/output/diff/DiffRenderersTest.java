package io.schemadoc.output.diff;

import static io.schemadoc.analysis.diff.Fixtures.named;
import static io.schemadoc.analysis.diff.Fixtures.removeNamed;
import static io.schemadoc.analysis.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.analysis.diff.DiffOptions;
import io.schemadoc.analysis.diff.Fixtures;
import io.schemadoc.analysis.diff.SchemaDiff;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import org.junit.jupiter.api.Test;

/** The four outputs of one pair with a bit of everything, schema text chosen to break naive escaping. */
class DiffRenderersTest {
    static final Schema A = Fixtures.rich();
    static final Schema B = Fixtures.edit(A, s -> {
        ((ArrayNode) s.get("schemas")).addObject().put("name", "Audit Log").put("owner", "app");
        removeNamed(s, "extensions", "pgcrypto");
        ObjectNode users = table(s, "users");
        users.put("comment", "People | customers `and` <b>staff</b>\nsecond line \u001b[31mred");
        ((ArrayNode) users.get("columns")).addObject().put("name", "Select").put("position", 6)
            .put("type", "character varying(20)").put("defaultValue", "'it''s'::character varying").put("nullable", false);
        removeNamed(users, "columns", "mood");
        named(users, "columns", "email").put("nullable", true).put("comment", "it's a \\ backslash");
        named(users, "columns", "name").put("type", "character varying(100)");
        ((ArrayNode) users.get("indexes")).addObject().put("name", "users_lower_email")
            .put("definition", "CREATE INDEX users_lower_email ON public.users USING btree (lower(email))")
            .put("method", "btree").put("unique", false).put("primary", false).put("valid", true).put("inherited", false);
        named(users, "triggers", "users_touch").put("enabled", "DISABLED");
        ((ArrayNode) users.get("constraints")).addObject().put("name", "users_email_check").put("type", "CHECK")
            .put("definition", "CHECK ((email ~~ '%@%'::text))").put("deferrable", false).put("initiallyDeferred", false)
            .put("validated", true).put("inherited", false);
        ObjectNode touch = named(s, "routines", "touch");
        touch.put("body", "\nBEGIN\n  NEW.updated_at := clock_timestamp();\n  RETURN NEW;\nEND;\n");
        ((ArrayNode) named(s, "enums", "mood").get("labels")).add("it's great");
        table(s, "orders_2024").put("name", "orders_y2024");
    });

    private static DiffReport report() {
        return new DiffReport("before.json", "postgres://app:***@db/shop", SchemaDiff.compare(A, B, DiffOptions.defaults()));
    }

    @Test
    void text() {
        String text = TextDiffRenderer.render(report());
        Golden.assertMatches("rich.txt", text);
        assertThat(text).doesNotContain("\u001b").contains("\\u001b[31mred");
    }

    @Test
    void markdown() {
        String md = MarkdownDiffRenderer.render(report());
        Golden.assertMatches("rich.md", md);
        for (String row : md.split("\n")) {
            if (row.startsWith("| ")) {
                // Every table row has exactly its five cell separators: schema text never adds a column.
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(5);
            }
        }
        assertThat(md).doesNotContain("\u001b");
    }

    @Test
    void markdownEscaping() {
        assertThat(Md.text("a|b <i>x</i> *y* [z](u)")).isEqualTo("a\\|b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\[z\\]\\(u\\)");
        assertThat(Md.code("a|b")).isEqualTo("`a\\|b`");
        assertThat(Md.code("x `y` z")).isEqualTo("``x `y` z``");
        assertThat(Md.code("`edge`")).isEqualTo("`` `edge` ``");
        assertThat(Md.code("two\nlines")).isEqualTo("`two lines`");
    }

    @Test
    void sqlQuoting() {
        assertThat(Sql.ident("users")).isEqualTo("users");
        assertThat(Sql.ident("User")).isEqualTo("\"User\"");
        assertThat(Sql.ident("select")).isEqualTo("\"select\"");
        assertThat(Sql.ident("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
        assertThat(Sql.literal("a\\b")).isEqualTo("E'a\\\\b'");
        assertThat(Sql.literal("bell\u0007")).isEqualTo("E'bell\\u0007'");
        assertThat(Sql.literal(null)).isEqualTo("NULL");
        assertThat(Sql.dollarQuoted("x $body$ y")).isEqualTo("$body1$x $body$ y$body1$");
        assertThat(Sql.comment("one\ntwo\r\nthree")).isEqualTo("one two three");
    }

    @Test
    void json() throws Exception {
        String json = JsonDiffRenderer.render(report());
        Golden.assertMatches("rich.json", json);
        JsonNode root = ModelJson.mapper().readTree(json);
        assertThat(root.get("equal").asBoolean()).isFalse();
        assertThat(root.get("changes").size()).isEqualTo(report().changes().size());
        for (JsonNode change : root.get("changes")) {
            assertThat(change.fieldNames()).toIterable()
                .containsExactly("change", "kind", "schema", "table", "tableKind", "name", "field", "old", "new", "hint");
        }
    }

    @Test
    void sqlDraft() {
        String sql = SqlDraftRenderer.render(report(), A, B);
        Golden.assertMatches("rich.sql", sql);
        assertThat(sql).startsWith("-- DRAFT")
            .contains("CREATE SCHEMA \"Audit Log\";")
            .contains("ADD COLUMN \"Select\" character varying(20) DEFAULT 'it''s'::character varying NOT NULL;")
            .contains("COMMENT ON COLUMN public.users.email IS E'it''s a \\\\ backslash';")
            .contains("ALTER TYPE public.mood ADD VALUE 'it''s great' AFTER 'happy';")
            .contains("-- TODO: column public.users.name type text → character varying(100): may need USING");
        for (String line : sql.split("\n")) {
            assertThat(line).doesNotContain("\u001b");
        }
    }

    @Test
    void equalSchemas() {
        DiffReport same = new DiffReport("a", "b", SchemaDiff.compare(A, A, DiffOptions.defaults()));
        assertThat(TextDiffRenderer.render(same)).isEqualTo("--- a\n+++ b\nNo differences.\n");
        assertThat(MarkdownDiffRenderer.render(same)).contains("**no differences**");
        assertThat(JsonDiffRenderer.render(same)).contains("\"equal\": true").contains("\"changes\": []");
        assertThat(SqlDraftRenderer.render(same, A, A)).contains("-- No differences: nothing to do.");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        assertThat(TextDiffRenderer.render(report())).isEqualTo(TextDiffRenderer.render(report()));
        assertThat(SqlDraftRenderer.render(report(), A, B)).isEqualTo(SqlDraftRenderer.render(report(), A, B));
    }
}
