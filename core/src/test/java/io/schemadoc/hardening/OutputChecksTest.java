package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format checks fail on what they are meant to catch (so HostileSchemaTest passing means something). */
class OutputChecksTest {

    @TempDir
    Path dir;

    @Test
    void markdownTablesMustKeepTheirCells() {
        Path f = dir.resolve("t.md");
        String good = "| Name | Comment |\n| ---- | ------- |\n| a\\|b | `x \\| y` |\n\ntext\n";
        assertThatCode(() -> OutputChecks.markdown(f, good, dir)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputChecks.markdown(f, "| Name | Comment |\n| --- | --- |\n| a|b | c |\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "| Name | Comment |\n| --- | --- |\n| a | line\nbreak |\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "| Name | Comment |\n| --- | --- |\n| a | `x | y` |\n", dir)).isInstanceOf(AssertionError.class);
    }

    @Test
    void markdownMustNotCarryRawHtmlOrScriptLinks() {
        Path f = dir.resolve("t.md");
        assertThatCode(() -> OutputChecks.markdown(f, "<details><summary>SQL</summary>\n\n```sql\n<script>\n```\n\n</details>\n", dir)).doesNotThrowAnyException();
        assertThatCode(() -> OutputChecks.markdown(f, "a `<!--` and \\[x\\](javascript:alert(1)) and &lt;img&gt;\n", dir)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputChecks.markdown(f, "comment <!-- hides the rest\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "<img src=x onerror=alert(1)>\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "[x](javascript:alert(1))\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "[x](../../etc/passwd)\n", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.markdown(f, "```\nnever closed\n", dir)).isInstanceOf(AssertionError.class);
    }

    @Test
    void mermaidLinesFollowTheGrammar() {
        assertThatCode(() -> OutputChecks.mermaid("ok", List.of("erDiagram", "", "\"a#quot;b\" }o--|| \"c\" : \"FOREIGN KEY (x)\"",
            "\"a#quot;b\" {", "  integer id FK", "}"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputChecks.mermaid("quote", List.of("erDiagram", "\"a\"b\" {", "}"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.mermaid("brace", List.of("erDiagram", "\"a\" {", "  integer i}d", "}"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.mermaid("flow", List.of("flowchart TD", "  a[\"x\"] --> b[%% y]"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.mermaid("flow", List.of("flowchart TD", "  a[\"x\"\"] --> b"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void htmlMustNotGainElementsAttributesOrScriptUrls() throws Exception {
        Path page = dir.resolve("p.html");
        Files.writeString(dir.resolve("site.js"), "");
        String good = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script src=\"site.js\"></script></head>"
            + "<body><a href=\"t.html\">&lt;img src=x onerror=alert(1)&gt;</a></body></html>";
        assertThatCode(() -> OutputChecks.html(page, good, dir)).doesNotThrowAnyException();
        for (String bad : List.of("<img src=x onerror=alert(1)>", "<a href=\"x\" onclick=\"y\">", "<a href=\" javascript:alert(1)\">x</a>",
            "</script><script>alert(1)</script>", "<script src=\"https://cdn.example/x.js\"></script>", "<iframe src=x></iframe>",
            "<style>body{display:none}</style>", "<script>alert(1)")) {
            assertThatThrownBy(() -> OutputChecks.html(page, good.replace("</body>", bad + "</body>"), dir)).as(bad).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void svgMustBeWellFormedAndInert() {
        Path f = dir.resolve("d.svg");
        String ok = "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"t.html\"><text>&lt;script&gt;</text></a></svg>";
        assertThatCode(() -> OutputChecks.svg(f, ok.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        for (String bad : List.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><text><script></text></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"/></svg>",
            "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")) {
            assertThatThrownBy(() -> OutputChecks.svg(f, bad.getBytes(StandardCharsets.UTF_8))).as(bad).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void generatedScriptsAreDataOnly() throws Exception {
        Path f = dir.resolve("s.js");
        assertThatCode(() -> OutputChecks.dataScript(f, "window.X=[\n[\"a\",\"\\u003c/script\\u003e\"],\n];\n", dir)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputChecks.dataScript(f, "window.X=[\"</script>\"];", dir)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OutputChecks.dataScript(f, "window.X=[\"a\"]; alert(1);", dir)).isInstanceOf(AssertionError.class);
    }
}
