package io.schemadoc.output.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.Schema;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.testing.TestDatabases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The analysis sections of the Markdown pages, on the HTML pages: chat-app's, and hostile names inside them. */
class HtmlAnalysisSectionsTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src|data)=\"([^\"]*)\"");

    static OutputTree site(Schema schema, Config config) {
        OutputTree tree = new OutputTree();
        DocInput input = DocInput.of(schema, config);
        new HtmlRenderer().render(input.with(DependencyGraph.of(input.schema())), tree);
        return tree;
    }

    static OutputTree chatApp() {
        Config config = ConfigLoader.load(TestDatabases.examplePath("chat-app").resolve(".schemadoc.yml"));
        return site(TestDatabases.example("chat-app", 18), config);
    }

    @Test
    void chatAppPagesCarryTheAnalysisSections() {
        OutputTree tree = chatApp();
        String messages = tree.text("public.chat_messages.html");
        assertThat(messages).contains("id=\"what-happens\"", "<h3 id=\"on-insert\">INSERT</h3>", "<ol class=\"trace\">",
            "trigger <code>on_message_change</code>", "<code>public.update_session_stats()</code>");
        assertThat(messages).contains("href=\"#what-happens\"", "data=\"flow/public.chat_messages.insert.svg\"");
        assertThat(tree.files()).containsKey("flow/public.chat_messages.insert.svg");
        String sessions = tree.text("public.chat_sessions.html");
        assertThat(sessions).contains("id=\"written-by\"").contains("public.update_session_stats()");
        String index = tree.text("index.html");
        assertThat(index).contains("id=\"index-triggers\"", "id=\"table-writes\"", "id=\"routine-writes\"", "id=\"scenarios\"",
            "Scenario: User sends a message and receives a response", "data=\"flow/scenario-1.svg\"");
        String routine = tree.files().keySet().stream().filter(f -> f.startsWith("public.update_session_stats")).findFirst().orElseThrow();
        assertThat(tree.text(routine)).contains("id=\"dependencies\"", "<th scope=\"row\">Writes</th>", "<th scope=\"row\">Fired by</th>");
        List<String> views = tree.files().keySet().stream().filter(f -> f.endsWith(".html") && tree.text(f).contains("id=\"reads\"")).toList();
        assertThat(views).isNotEmpty();
        assertThat(brokenLinks(tree)).isEmpty();
    }

    @Test
    void hostileNamesAreEscapedInsideTheNewSections() {
        String sql = """
            CREATE SCHEMA "s<i>";
            CREATE TABLE "s<i>"."log<script>alert(1)</script>" (id int, what text);
            CREATE TABLE "s<i>"."t&amp;'x" (id int primary key, note text);
            CREATE FUNCTION "s<i>"."f<b>bold</b>"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO "s<i>"."log<script>alert(1)</script>" (id, what) VALUES (NEW.id, 'x');
              RETURN NEW;
            END $$;
            CREATE TRIGGER "tr<img src=x onerror=alert(2)>" AFTER INSERT ON "s<i>"."t&amp;'x"
              FOR EACH ROW EXECUTE FUNCTION "s<i>"."f<b>bold</b>"();
            CREATE VIEW "s<i>"."v""<u>" AS SELECT * FROM "s<i>"."t&amp;'x";
            """;
        Config config = new Config(null, null, null, null, null, null, null, null, null, null,
            List.of(new Config.Scenario("<svg onload=alert(3)>", "s<i>.t&amp;'x", "insert", List.of(), "desc <script>alert(4)</script>")));
        OutputTree tree = site(TestDatabases.schemaOf(18, sql), config);
        for (String f : tree.files().keySet()) {
            if (!f.endsWith(".html")) {
                continue;
            }
            assertThat(tree.text(f)).as(f).doesNotContain("<script>alert").doesNotContain("<b>bold").doesNotContain("<img src=x")
                .doesNotContain("<svg onload").doesNotContain("<i>").doesNotContain("<u>");
        }
        String index = tree.text("index.html");
        assertThat(index).contains("id=\"scenarios\"", "&lt;svg onload=alert(3)&gt;", "desc &lt;script&gt;alert(4)&lt;/script&gt;", "id=\"table-writes\"",
            "<code>tr&lt;img src=x onerror=alert(2)&gt;</code>");
        String table = tree.files().keySet().stream().filter(f -> f.endsWith(".html") && f.contains(".t~26")).findFirst().orElseThrow();
        assertThat(tree.text(table)).contains("id=\"what-happens\"", "log&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(brokenLinks(tree)).isEmpty();
    }

    static List<String> brokenLinks(OutputTree tree) {
        List<String> broken = new ArrayList<>();
        for (String path : tree.files().keySet()) {
            if (!path.endsWith(".html") && !path.endsWith(".svg")) {
                continue;
            }
            String text = tree.text(path);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith("http://www.w3.org/")) {
                    continue;
                }
                if (link.startsWith("#")) {
                    if (!text.contains("id=\"" + link.substring(1) + "\"")) {
                        broken.add(path + " -> " + link);
                    }
                    continue;
                }
                URI resolved = URI.create("file:///site/" + path).resolve(link);
                String target = resolved.getPath().substring("/site/".length());
                if (!tree.contains(target)) {
                    broken.add(path + " -> " + link);
                } else if (resolved.getFragment() != null && !tree.text(target).contains("id=\"" + resolved.getFragment() + "\"")) {
                    broken.add(path + " -> " + link + " (no such anchor)");
                }
            }
        }
        return broken;
    }
}
