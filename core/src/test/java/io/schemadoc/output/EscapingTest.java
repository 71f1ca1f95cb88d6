package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.output.markdown.Md;
import io.schemadoc.output.mermaid.MermaidEr;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class EscapingTest {

    static final String EVIL = "a | b\nc `d` ``` <script>alert(1)</script> \"q\" #quot; *e* _f_ [g](h) $i$ & &amp; \\ ~j~ # k";

    @Property
    void aCellRoundTripsAndBreaksNothing(@ForAll @StringLength(max = 40)
        @Chars({'|', '\n', '\r', '`', '<', '>', '"', '#', '*', '_', '[', ']', '(', ')', '$', '&', '\\', '~', ' ', ';', '-', '!'})
        @CharRange(from = 'a', to = 'e') String s) {
        String cell = Md.cell(s);
        assertThat(cell).doesNotContain("\n").doesNotContain("\r").doesNotContain("<script");
        assertThat(MarkdownText.cells("| " + cell + " | x |")).hasSize(2);
        assertThat(MarkdownText.unescape(cell)).isEqualTo(s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' '));
        assertThat(Pattern.compile("(?<!\\\\)`").matcher(cell).find()).as("no unescaped backtick").isFalse();
    }

    @Property
    void aMermaidStringStaysOneQuotedToken(@ForAll @StringLength(max = 40)
        @Chars({'"', '\n', '#', '<', '>', '`', ';', '%', '{', '}', ':', '|'}) @CharRange(from = 'a', to = 'c') String s) {
        String q = MermaidEr.quote(s);
        assertThat(q).startsWith("\"").endsWith("\"");
        assertThat(q.substring(1, q.length() - 1)).doesNotContain("\"").doesNotContain("\n").doesNotContain("<").doesNotContain("`");
        String decoded = q.substring(1, q.length() - 1).replace("#quot;", "\"").replace("#lt;", "<").replace("#gt;", ">").replace("#96;", "`").replace("#35;", "#");
        assertThat(decoded).isEqualTo(s.replace('\n', ' '));
    }

    @Test
    void codeBlockFenceIsLongerThanAnyBacktickRun() {
        String block = Md.codeBlock("sql", "SELECT '```' || '`````'");
        assertThat(block).startsWith("``````sql\n").endsWith("\n``````\n");
        assertThat(Md.codeBlock("sql", "SELECT 1")).startsWith("```sql\n");
    }

    @Test
    void headingsKeepTrailingHashes() {
        assertThat(Md.heading("public.t #")).isEqualTo("public.t \\#");
    }

    @Test
    void paragraphsOpenNoBlock() {
        assertThat(Md.paragraph("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(Md.paragraph("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(Md.paragraph("- nor this")).isEqualTo("\\- nor this");
        assertThat(Md.paragraph("> nor a quote")).isEqualTo("\\> nor a quote");
    }

    /** Every table of every page has the same number of cells in every row; every Mermaid line is well-formed. */
    @Test
    void hostileSchemaBreaksNoTableAndNoDiagram() {
        OutputTree tree = MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT);
        Pattern relation = Pattern.compile("^\"[^\"\\n<`]*\" (\\}o|\\|o)(--|\\.\\.)(\\|\\||o\\|) \"[^\"\\n<`]*\" : \"[^\"\\n<`]*\"$");
        Pattern entity = Pattern.compile("^\"[^\"\\n<`]*\" \\{$");
        Pattern attribute = Pattern.compile("^  [A-Za-z_][A-Za-z0-9_\\[\\]]* [A-Za-z_][A-Za-z0-9_]*( FK)?$");
        for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
            String md = tree.text(f.getKey());
            assertThat(md).as(f.getKey()).doesNotContain("<script");
            for (List<String> table : MarkdownText.tables(md)) {
                int width = MarkdownText.cells(table.get(0)).size();
                for (String row : table) {
                    assertThat(MarkdownText.cells(row)).as("%s: %s", f.getKey(), row).hasSize(width);
                }
            }
            for (String block : MarkdownText.mermaidBlocks(md)) {
                for (String line : block.split("\n")) {
                    boolean ok = line.isEmpty() || line.equals("erDiagram") || line.equals("}")
                        || relation.matcher(line).matches() || entity.matcher(line).matches() || attribute.matcher(line).matches();
                    assertThat(ok).as("%s: mermaid line %s", f.getKey(), line).isTrue();
                }
            }
        }
    }

    @Test
    void hostileCommentShowsAsTheSameText() {
        OutputTree tree = MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT);
        String page = tree.text(new PageNames(Fixtures.hostile()).table(new io.schemadoc.model.QualifiedName("public", "../x")) + ".md");
        String row = page.lines().filter(l -> l.startsWith("| a\\|b")).findFirst().orElseThrow();
        List<String> cells = MarkdownText.cells(row);
        assertThat(MarkdownText.unescape(cells.get(0))).isEqualTo("a|b");
        assertThat(MarkdownText.unescape(cells.get(2))).isEqualTo("'a|b\n`c`'::text");
        assertThat(MarkdownText.unescape(cells.get(6))).isEqualTo(Fixtures.hostile().tables().get(0).comment());
    }
}
