package io.schemadoc.output;

import static io.schemadoc.output.Fixtures.col;
import static io.schemadoc.output.Fixtures.fk;
import static io.schemadoc.output.Fixtures.pk;
import static io.schemadoc.output.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.output.mermaid.MermaidEr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidErTest {

    /** users ← c1..c5 (user_id NOT NULL), c1 ← g1 (grandchild). */
    static Schema hub() {
        List<Table> tables = new ArrayList<>();
        tables.add(table("public", "users", null, List.of(col("id", 1, "integer", null, false, null)), List.of(pk("users", "id")), List.of()));
        for (int i = 1; i <= 5; i++) {
            tables.add(table("public", "c" + i, null, List.of(col("id", 1, "integer", null, false, null), col("user_id", 2, "integer", null, false, null)),
                List.of(pk("c" + i, "id"), fk("c" + i + "_user_id_fkey", "user_id", "users", null)), List.of()));
        }
        tables.add(table("public", "g1", null, List.of(col("id", 1, "integer", null, false, null), col("c1_id", 2, "integer", null, true, null)),
            List.of(pk("g1", "id"), fk("g1_c1_id_fkey", "c1_id", "c1", null)), List.of()));
        return new Schema("db", "18", 180000, List.of(), List.of(), List.of(), tables, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void distanceOneDrawsOnlyTheTablesOwnRelations() {
        DocInput in = DocInput.of(hub(), Config.DEFAULT);
        MermaidEr.Around d = MermaidEr.around(in, in.index().table("public", "c1"), 1, 60);
        assertThat(d.text()).contains("\"public.c1\" }o--|| \"public.users\"").contains("\"public.g1\" }o--o| \"public.c1\"")
            .doesNotContain("\"public.c2\"");
        assertThat(d.tables()).isEqualTo(3);
        assertThat(d.truncated()).isFalse();
    }

    @Test
    void distanceTwoReachesSiblingsThroughTheParent() {
        DocInput in = DocInput.of(hub(), Config.DEFAULT);
        MermaidEr.Around d = MermaidEr.around(in, in.index().table("public", "g1"), 2, 60);
        assertThat(d.text()).contains("\"public.c1\" }o--|| \"public.users\"").doesNotContain("\"public.c2\"");
        assertThat(MermaidEr.around(in, in.index().table("public", "g1"), 3, 60).text()).contains("\"public.c5\" }o--|| \"public.users\"");
    }

    @Test
    void aHubPageDrawsAtMostMaxTables() {
        DocInput in = DocInput.of(hub(), ConfigLoader.parse("er:\n  maxTablesPerDiagram: 3\n", "x.yml"));
        MermaidEr.Around d = MermaidEr.around(in, in.index().table("public", "users"), 1, 3);
        assertThat(d.tables()).isEqualTo(3);
        assertThat(d.truncated()).isTrue();
        assertThat(d.text().lines().filter(l -> l.contains("}o--"))).hasSize(2);
        String page = MarkdownGoldenTest.render(hub(), in.config()).text("public.users.md");
        assertThat(page).contains("Only the first 3 related tables are drawn");
    }
}
