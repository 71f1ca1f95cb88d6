package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.output.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownGoldenTest {

    static OutputTree render(io.schemadoc.model.Schema schema, Config config) {
        return Renderers.render(DocInput.of(schema, config), List.of(new MarkdownRenderer()));
    }

    static final String CONFIG = """
        name: Spec analyzer
        desc: |
          The database behind the spec analyzer.
          Second line.
        exclude:
          - public.events_2024
        comments:
          - table: analyses
            tableComment: One run of the analyzer over a commit.
            columnComments:
              commit_sha: Full 40-character SHA.
        relations:
          - table: public.audit_log
            columns: [user_id]
            parentTable: public.users
            parentColumns: [id]
        detectVirtualRelations:
          enabled: true
        viewpoints:
          - name: Usage & billing
            desc: What counts against a quota.
            tables: [public.usage_events, public.users]
        er:
          distance: 2
        """;

    @Test
    void seedLikeSchema() throws Exception {
        Golden.check("markdown/seed-like", render(Fixtures.seedLike(), Config.DEFAULT));
    }

    @Test
    void seedLikeSchemaWithConfig() throws Exception {
        OutputTree tree = render(Fixtures.seedLike(), ConfigLoader.parse(CONFIG, ".schemadoc.yml"));
        Golden.check("markdown/seed-like-config", tree);
        assertThat(tree.contains("public.events_2024.md")).as("excluded by config").isFalse();
        assertThat(tree.text("public.analyses.md")).contains("One run of the analyzer over a commit.").contains("Full 40-character SHA.");
        assertThat(tree.text("public.audit_log.md")).contains("[public.users](public.users.md) (virtual)").contains("}o..o| \"public.users\"");
    }

    @Test
    void hostileSchema() throws Exception {
        Golden.check("markdown/hostile", render(Fixtures.hostile(), Config.DEFAULT));
    }
}
