package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.output.html.HtmlRenderer;
import io.schemadoc.output.markdown.MarkdownRenderer;
import io.schemadoc.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code er.format: svg}: the Markdown shows the SVG diagrams (ER and flow) instead of Mermaid, and writes them. */
class MarkdownErSvgTest {

    private static Config svg(Config c) {
        return new Config(c.name(), c.description(), c.include(), c.exclude(), c.comments(), c.relations(), c.detectVirtualRelations(),
            c.viewpoints(), new Config.ErSettings(c.er().distance(), "svg", c.er().maxTablesPerDiagram()), c.lint(), c.scenarios());
    }

    private static DocInput chatApp(boolean svg) {
        Config config = ConfigLoader.load(TestDatabases.examplePath("chat-app").resolve(".schemadoc.yml"));
        DocInput input = DocInput.of(TestDatabases.example("chat-app", 18), svg ? svg(config) : config);
        return input.with(DependencyGraph.of(input.schema()));
    }

    @Test
    void svgFormatShowsTheDiagramFilesAndWritesThemWithOnlyMarkdown() {
        OutputTree tree = Renderers.render(chatApp(true), List.of(new MarkdownRenderer()));
        String page = tree.text("public.chat_messages.md");
        assertThat(page).contains("## Relations\n\n![er](er/public.chat_messages.svg)").doesNotContain("```mermaid")
            .contains("![flow](flow/public.chat_messages.insert.svg)");
        assertThat(tree.text("README.md")).contains("![er](er/").contains("![flow](flow/scenario-1.svg)").doesNotContain("```mermaid");
        assertThat(tree.files().keySet()).contains("er/public.chat_messages.svg", "flow/public.chat_messages.insert.svg");
        assertThat(tree.text("er/public.chat_messages.svg")).contains("href=\"../public.chat_sessions.md\"").doesNotContain(".html\"");
        assertThat(broken(tree)).isEmpty();
    }

    @Test
    void mermaidStaysTheDefault() {
        OutputTree tree = Renderers.render(chatApp(false), List.of(new MarkdownRenderer()));
        assertThat(tree.text("public.chat_messages.md")).contains("```mermaid").doesNotContain("![er]").doesNotContain("![flow]");
        assertThat(tree.files().keySet()).noneMatch(f -> f.endsWith(".svg"));
    }

    @Test
    void markdownAndHtmlTogetherShareOneSetOfDiagrams() {
        OutputTree tree = Renderers.render(chatApp(true), List.of(new MarkdownRenderer(), new HtmlRenderer()));
        assertThat(tree.files().keySet()).contains("public.chat_messages.md", "public.chat_messages.html", "er/public.chat_messages.svg",
            "flow/public.chat_messages.insert.svg");
        assertThat(broken(tree)).isEmpty();
    }

    private static List<String> broken(OutputTree tree) {
        List<String> broken = new ArrayList<>();
        Path root = Path.of("/docs");
        for (String file : tree.files().keySet()) {
            if (!file.endsWith(".md")) {
                continue;
            }
            for (String target : MarkdownText.links(tree.text(file))) {
                if (target.contains(":")) {
                    continue;
                }
                String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (path.isEmpty()) {
                    continue;
                }
                Path resolved = root.resolve(file).getParent().resolve(path).normalize();
                if (!resolved.startsWith(root) || !tree.contains(root.relativize(resolved).toString())) {
                    broken.add(file + " -> " + target);
                }
            }
        }
        return broken;
    }
}
