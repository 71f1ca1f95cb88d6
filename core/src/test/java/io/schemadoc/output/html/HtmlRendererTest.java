package io.schemadoc.output.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.svg.SchemaFixtures;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src|data)=\"([^\"]*)\"");

    private static final Config WITH_VIEWPOINT = new Config("Chat <docs>", "The \"chat\" app & friends", null, null, null, null, null,
        List.of(new Config.Viewpoint("rooms & people", "Who talks where", List.of("public.room*", "public.users"), List.of())), null, null, null);

    private static OutputTree site(Schema schema, Config config) {
        return HtmlSite.render(schema, config);
    }

    @Test
    void everyTableViewAndRoutineHasAPageAndTheIndexListsThem() {
        OutputTree tree = site(SchemaFixtures.chat(), Config.DEFAULT);
        assertThat(tree.files().keySet()).contains("index.html", "public.users.html", "public.recent_messages.html", "public.touch.html",
            "public.post_message.html", "audit.we~22ird~3C~2Fscript~3E.html", "search-index.js", "assets/schemadoc.css", "assets/schemadoc.js",
            "er/public.users.svg", "er/all.svg", "schemas/public.html", "schemas/audit.html");
        assertThat(tree.files().keySet()).doesNotContain("assets/live.js");
        String index = tree.text("index.html");
        assertThat(index).contains("<a href=\"public.users.html\">public.users</a>").contains("<a href=\"public.touch.html\">public.touch</a>");
        String messages = tree.text("public.messages.html");
        assertThat(messages).contains("id=\"columns\"", "id=\"constraints\"", "id=\"indexes\"", "id=\"triggers\"", "id=\"policies\"", "id=\"relations\"");
        assertThat(messages).contains("<a href=\"public.rooms.html#c-id\">public.rooms.id</a>");
        assertThat(messages).contains("<a href=\"public.touch.html\">public.touch()</a>");
        assertThat(messages).contains("data=\"er/public.messages.svg\"");
        String view = tree.text("public.recent_messages.html");
        assertThat(view).contains("id=\"definition\"", "id=\"referenced\"", "JOIN users u ON u.id = m.author_id");
        String routine = tree.text("public.touch.html");
        assertThat(routine).contains("NEW.sent_at := now();").contains("<code>messages_touch</code> on <a href=\"public.messages.html\">");
        String users = tree.text("public.users.html");
        assertThat(users).contains("<a href=\"public.messages.html#c-author_id\">public.messages.author_id</a>");
    }

    @Test
    void everyPageCarriesAStrictPolicyAndNoInlineScriptOrRemoteUrl() {
        OutputTree tree = site(SchemaFixtures.chat(), WITH_VIEWPOINT);
        int pages = 0;
        for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".html")) {
                pages++;
                assertThat(text).as(f.getKey()).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';");
                assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(text).find()).as(f.getKey() + " has an inline script").isFalse();
                assertThat(Pattern.compile("\\son[a-z]+=").matcher(text).find()).as(f.getKey() + " has an event handler attribute").isFalse();
                assertThat(text).as(f.getKey()).doesNotContain("style=\"");
            }
            if (!f.getKey().endsWith(".svg")) {
                assertThat(text).as(f.getKey()).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
            }
        }
        assertThat(pages).isGreaterThan(8);
    }

    @Test
    void hostileSchemaTextIsEscapedInEveryContext() {
        OutputTree tree = site(SchemaFixtures.chat(), WITH_VIEWPOINT);
        for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(f.getKey()).doesNotContain("<script>window").doesNotContain("<b>col").doesNotContain("<!-- \"");
        }
        String index = tree.text("search-index.js");
        assertThat(index).startsWith("window.SCHEMADOC_SEARCH=[\n");
        assertThat(index).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(index).contains("\\u003cscript\\u003ewindow.__pwned=1;document.title=\\u0027pwned\\u0027\\u003c/script\\u003e\\u003c!-- \\\" \\u0027 \\u0026 \\u2028");
        String messages = tree.text("public.messages.html");
        assertThat(messages).contains("&lt;script&gt;window.__pwned=1;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;!-- &quot;");
        assertThat(tree.text("index.html")).contains("<title>Index · Chat &lt;docs&gt;</title>").contains("The &quot;chat&quot; app &amp; friends");
        assertThat(tree.text("viewpoints/rooms~20~26~20people.html")).contains("viewpoint rooms &amp; people");
    }

    @Test
    void everyRelativeLinkPointsAtAFileOfTheSiteAndEveryColumnAnchorExists() {
        OutputTree tree = site(SchemaFixtures.chat(), WITH_VIEWPOINT);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String path : tree.files().keySet()) {
            if (!path.endsWith(".html") && !path.endsWith(".svg")) {
                continue;
            }
            Matcher m = LINK.matcher(tree.text(path));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith("http://www.w3.org/") || link.startsWith("#") && link.length() > 1 && tree.text(path).contains("id=\"" + link.substring(1) + "\"")) {
                    continue;
                }
                URI resolved = URI.create("file:///site/" + path).resolve(link);
                String target = resolved.getPath().substring("/site/".length());
                checked++;
                if (!tree.contains(target)) {
                    broken.add(path + " -> " + link);
                } else if (resolved.getFragment() != null && !tree.text(target).contains("id=\"" + resolved.getFragment() + "\"")) {
                    broken.add(path + " -> " + link + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aSiteOf2000TablesDrawsNoPictureOverTheCap() {
        Schema schema = SchemaFixtures.synthetic(2000, 3);
        OutputTree tree = site(schema, Config.DEFAULT);
        int cap = Config.DEFAULT.er().maxTablesPerDiagram();
        Pattern box = Pattern.compile("<g class=\"box[\" ]");
        int svgs = 0;
        int largest = 0;
        for (String path : tree.files().keySet()) {
            if (path.endsWith(".svg")) {
                svgs++;
                Matcher m = box.matcher(tree.text(path));
                int n = 0;
                while (m.find()) {
                    n++;
                }
                assertThat(n).as(path).isBetween(1, cap);
                largest = Math.max(largest, n);
            }
        }
        assertThat(svgs).isGreaterThan(2000);
        assertThat(largest).isEqualTo(cap);
        for (var t : schema.tables()) {
            String page = t.schema() + "." + t.name();
            assertThat(tree.text(page + ".html")).contains("data=\"er/" + page + ".svg\"");
        }
        assertThat(tree.text("index.html")).contains("data=\"er/overview.svg\"");
        assertThat(tree.text("schemas/s0.html")).contains("data=\"../er/schemas/s0.overview.svg\"").contains("href=\"../er/schemas/s0.part1.svg\"");
    }

    record Notes(Map<String, String> byTable) {}

    @Test
    void anotherStageAddsASectionFromAnAttachedAnalysis() {
        TableSection notes = (page, out) -> {
            Notes n = page.input().analysis(Notes.class);
            String note = n == null ? null : n.byTable().get(page.table().qualifiedName().toString());
            if (note != null) {
                page.open(out, "notes", "Notes & more");
                out.append("<p>").append(Html.text(note)).append("</p>\n</section>\n");
            }
        };
        List<TableSection> sections = new ArrayList<>(TableSections.standard());
        sections.add(sections.size() - 1, notes);
        io.schemadoc.output.DocInput input = io.schemadoc.output.DocInput.of(SchemaFixtures.chat(), Config.DEFAULT)
            .with(new Notes(Map.of("public.users", "Hot <table>.")));
        OutputTree tree = new OutputTree();
        new HtmlRenderer(sections).render(input, tree);
        String users = tree.text("public.users.html");
        assertThat(users).contains("<h2 id=\"h-notes\">Notes &amp; more</h2>\n<p>Hot &lt;table&gt;.</p>");
        assertThat(users).contains("<li><a href=\"#notes\">Notes &amp; more</a></li><li><a href=\"#relations\">Relations</a></li>");
        assertThat(users.indexOf("id=\"notes\"")).isLessThan(users.indexOf("id=\"relations\""));
        assertThat(tree.text("public.rooms.html")).doesNotContain("id=\"notes\"");
    }

    @Test
    void docWritesTheSiteWithTheOtherFormats(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path snapshot = dir.resolve("schema.json");
        java.nio.file.Files.writeString(snapshot, io.schemadoc.model.ModelJson.write(SchemaFixtures.chat()));
        java.nio.file.Path out = dir.resolve("docs");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = io.schemadoc.cli.Main.execute(new String[] {"doc", snapshot.toString(), "--format", "md,html,json", "--out", out.toString()},
            new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("public.users.html")).exists();
        assertThat(out.resolve("public.users.md")).exists();
        assertThat(out.resolve("er/public.users.svg")).exists();
        assertThat(out.resolve("search-index.js")).exists();
    }

    @Test
    void sameSchemaGivesTheSameBytes() {
        OutputTree a = site(SchemaFixtures.synthetic(150, 2), WITH_VIEWPOINT);
        OutputTree b = site(SchemaFixtures.synthetic(150, 2), WITH_VIEWPOINT);
        assertThat(b.files().keySet()).isEqualTo(a.files().keySet());
        for (String path : a.files().keySet()) {
            assertThat(b.files().get(path)).as(path).isEqualTo(a.files().get(path));
        }
    }

    @Test
    void liveSitesPollForChangesAndStaticSitesDoNot() {
        OutputTree tree = new OutputTree();
        new HtmlRenderer(new io.schemadoc.output.svg.SvgRenderer(), "v1<\"").render(io.schemadoc.output.DocInput.of(SchemaFixtures.chat(), Config.DEFAULT), tree);
        assertThat(tree.text("index.html")).contains("<meta name=\"schemadoc-version\" content=\"v1&lt;&quot;\">", "assets/live.js", "id=\"live-banner\"");
        assertThat(tree.contains("assets/live.js")).isTrue();
        assertThat(site(SchemaFixtures.chat(), Config.DEFAULT).text("index.html")).doesNotContain("live.js").doesNotContain("schemadoc-version");
    }
}
