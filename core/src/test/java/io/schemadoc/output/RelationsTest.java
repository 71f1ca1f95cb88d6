package io.schemadoc.output;

import static io.schemadoc.output.Fixtures.col;
import static io.schemadoc.output.Fixtures.pk;
import static io.schemadoc.output.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigException;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationsTest {

    static Schema schema() {
        return new Schema("db", "18", 180000, List.of(), List.of(), List.of(), List.of(
            table("public", "users", null, List.of(col("id", 1, "integer", null, false, null)), List.of(pk("users", "id")), List.of()),
            table("public", "categories", null, List.of(col("id", 1, "integer", null, false, null)), List.of(pk("categories", "id")), List.of()),
            table("public", "posts", null, List.of(col("id", 1, "integer", null, false, null), col("user_id", 2, "integer", null, false, null),
                col("category_id", 3, "integer", null, true, null), col("editor_id", 4, "integer", null, true, null)),
                List.of(pk("posts", "id")), List.of())),
            List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void namingDetectionFindsPluralParentsWithAnIdKey() {
        DocInput in = DocInput.of(schema(), ConfigLoader.parse("detectVirtualRelations: true\n", "x.yml"));
        List<Relation> parents = in.relations().parentsOf(new QualifiedName("public", "posts"));
        assertThat(parents).extracting(r -> r.columns().get(0) + "->" + r.parent().name())
            .containsExactly("user_id->users", "category_id->categories");
        assertThat(parents).allMatch(r -> r.kind() == Relation.Kind.DETECTED);
        assertThat(parents.get(0).optional()).isFalse();
        assertThat(parents.get(1).optional()).isTrue();
        assertThat(in.relations().childrenOf(new QualifiedName("public", "users"))).hasSize(1);
    }

    @Test
    void noDetectionUnlessAsked() {
        assertThat(DocInput.of(schema(), Config.DEFAULT).relations().all()).isEmpty();
    }

    @Test
    void virtualRelationsFromTheConfig() {
        Config c = ConfigLoader.parse("relations:\n  - table: posts\n    columns: [editor_id]\n    parentTable: public.users\n    parentColumns: [id]\n", "x.yml");
        Relation r = DocInput.of(schema(), c).relations().parentsOf(new QualifiedName("public", "posts")).get(0);
        assertThat(r.kind()).isEqualTo(Relation.Kind.VIRTUAL);
        assertThat(r.parent()).isEqualTo(new QualifiedName("public", "users"));
        assertThat(r.definition()).isEqualTo("virtual: (editor_id) -> public.users(id)");
    }

    @Test
    void configNamingMissingThingsIsAnError() {
        assertThatThrownBy(() -> DocInput.of(schema(), ConfigLoader.parse(
            "relations:\n  - table: posts\n    columns: [nope]\n    parentTable: users\n    parentColumns: [id]\n", "x.yml")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("has no column 'nope'");
        assertThatThrownBy(() -> DocInput.of(schema(), ConfigLoader.parse(
            "relations:\n  - table: ghosts\n    columns: [id]\n    parentTable: users\n    parentColumns: [id]\n", "x.yml")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("'ghosts'");
        assertThatThrownBy(() -> DocInput.of(schema(), ConfigLoader.parse("comments:\n  - table: ghosts\n    tableComment: x\n", "x.yml")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("'public.ghosts'");
    }

    @Test
    void includeAndExcludeSelectTables() {
        Schema s = DocInput.of(schema(), ConfigLoader.parse("include: [public.*]\nexclude: [categories]\n", "x.yml")).schema();
        assertThat(s.tables()).extracting(t -> t.name()).containsExactly("posts", "users");
    }
}
