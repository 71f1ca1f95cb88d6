package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.output.markdown.MarkdownRenderer;
import io.schemadoc.output.markdown.RoutineSections;
import io.schemadoc.output.markdown.TableSection;
import io.schemadoc.output.markdown.TableSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How another stage adds a section: a TableSection reading an analysis attached to the DocInput. */
class SectionSeamTest {

    record Notes(Map<String, String> byTable) {}

    @Test
    void aSectionReadsAnAttachedAnalysis() {
        TableSection notes = (page, out) -> {
            Notes n = page.input().analysis(Notes.class);
            String note = n == null ? null : n.byTable().get(page.table().qualifiedName().toString());
            if (note != null) {
                out.append("## Notes\n\n").append(note).append("\n\n");
            }
        };
        List<TableSection> sections = new ArrayList<>(TableSections.standard());
        sections.add(sections.size() - 1, notes); // before ## Relations
        DocInput input = DocInput.of(Fixtures.seedLike(), Config.DEFAULT).with(new Notes(Map.of("public.users", "Hot table.")));
        OutputTree tree = new OutputTree();
        new MarkdownRenderer(sections, RoutineSections.standard()).render(input, tree);
        String users = tree.text("public.users.md");
        assertThat(users).contains("## Notes\n\nHot table.\n\n## Relations");
        assertThat(users.indexOf("## Policies")).isLessThan(users.indexOf("## Notes"));
        assertThat(tree.text("public.analyses.md")).doesNotContain("## Notes");
        assertThat(DocInput.of(Fixtures.seedLike(), Config.DEFAULT).analysis(Notes.class)).isNull();
    }
}
