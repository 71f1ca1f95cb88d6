package io.schemadoc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    static final String FULL = """
        name: Chat
        desc: The chat app.
        include: [public.*]
        exclude:
          - public.schema_migrations
        comments:
          - table: public.messages
            tableComment: One message.
            columnComments:
              body: Markdown text.
        relations:
          - table: messages
            columns: [author_id]
            parentTable: users
            parentColumns: [id]
            def: written by
        detectVirtualRelations:
          enabled: true
          strategy: default
        viewpoints:
          - name: Messaging
            desc: Rooms and messages.
            tables: [public.rooms, public.messages]
        er:
          distance: 2
          format: mermaid
          maxTablesPerDiagram: 40
        lint:
          rules:
            fk-without-index: off
            table-without-comment:
              severity: warning
              exclude: [public.tmp_*]
          exposedSchemas: [public]
          maxCascadeDepth: 5
          inDocs: true
        scenarios:
          - name: Delete a user
            table: public.users
            operation: delete
            description: What goes when a user leaves.
        """;

    @Test
    void readsEverySection() {
        Config c = ConfigLoader.parse(FULL, ".schemadoc.yml");
        assertThat(c.name()).isEqualTo("Chat");
        assertThat(c.description()).isEqualTo("The chat app.");
        assertThat(c.include()).containsExactly("public.*");
        assertThat(c.exclude()).containsExactly("public.schema_migrations");
        assertThat(c.comments()).containsExactly(new Config.CommentOverride("public.messages", "One message.", java.util.Map.of("body", "Markdown text.")));
        assertThat(c.relations()).containsExactly(new Config.VirtualRelation("messages", List.of("author_id"), "users", List.of("id"), "written by"));
        assertThat(c.detectVirtualRelations()).isEqualTo(new Config.RelationDetection(true, "default"));
        assertThat(c.viewpoints()).containsExactly(new Config.Viewpoint("Messaging", "Rooms and messages.", List.of("public.rooms", "public.messages"), List.of()));
        assertThat(c.er()).isEqualTo(new Config.ErSettings(2, "mermaid", 40));
        assertThat(c.lint().rules()).containsEntry("fk-without-index", new Config.RuleSettings("off", List.of()))
            .containsEntry("table-without-comment", new Config.RuleSettings("warning", List.of("public.tmp_*")));
        assertThat(c.lint().exposedSchemas()).containsExactly("public");
        assertThat(c.lint().maxCascadeDepth()).isEqualTo(5);
        assertThat(c.lint().inDocs()).isTrue();
        assertThat(c.scenarios()).containsExactly(new Config.Scenario("Delete a user", "public.users", "DELETE", List.of(), "What goes when a user leaves."));
    }

    @Test
    void emptyFileIsTheDefault() {
        assertThat(ConfigLoader.parse("", "x.yml")).isEqualTo(Config.DEFAULT);
        assertThat(ConfigLoader.parse("# only a comment\n", "x.yml")).isEqualTo(Config.DEFAULT);
    }

    @Test
    void unknownKeyIsNamedWithItsLine() {
        assertThatThrownBy(() -> ConfigLoader.parse("name: x\ner:\n  distanse: 2\n", ".schemadoc.yml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageStartingWith(".schemadoc.yml:3: unknown key 'distanse' in er");
        assertThatThrownBy(() -> ConfigLoader.parse("nmae: x\n", "f.yml")).hasMessageStartingWith("f.yml:1: unknown key 'nmae'");
    }

    @Test
    void badValuesAreNamedWithTheirLine() {
        assertThatThrownBy(() -> ConfigLoader.parse("er:\n  distance: far\n", "f.yml")).hasMessage("f.yml:2: 'er.distance' must be a whole number, not 'far'");
        assertThatThrownBy(() -> ConfigLoader.parse("er:\n  distance: -1\n", "f.yml")).hasMessageContaining("f.yml:2: 'er.distance' must be between 0 and 10");
        assertThatThrownBy(() -> ConfigLoader.parse("er:\n  format: png\n", "f.yml")).hasMessageContaining("f.yml:2: 'er.format' must be one of mermaid, svg");
        assertThatThrownBy(() -> ConfigLoader.parse("detectVirtualRelations:\n  enabled: maybe\n", "f.yml")).hasMessageContaining("f.yml:2:");
        assertThatThrownBy(() -> ConfigLoader.parse("lint:\n  rules:\n    x: loud\n", "f.yml")).hasMessageContaining("f.yml:3: 'lint.rules.x' must be one of");
        assertThatThrownBy(() -> ConfigLoader.parse("scenarios:\n  - name: a\n    table: t\n    operation: MERGE\n", "f.yml"))
            .hasMessageContaining("f.yml:4: scenario 'a': operation must be one of");
        assertThatThrownBy(() -> ConfigLoader.parse("comments:\n  - table: t\n    columnComments:\n      a:\n", "f.yml"))
            .hasMessageContaining("f.yml:4: 'columnComments.a' needs a comment text");
        assertThatThrownBy(() -> ConfigLoader.parse("include: {a: 1}\n", "f.yml")).hasMessageContaining("f.yml:1: 'include' must be a list");
        assertThatThrownBy(() -> ConfigLoader.parse("relations:\n  - table: a\n    columns: [x, y]\n    parentTable: b\n    parentColumns: [id]\n", "f.yml"))
            .hasMessageContaining("f.yml:5:");
        assertThatThrownBy(() -> ConfigLoader.parse("viewpoints:\n  - name: A\n    tables: [x]\n  - name: a\n    tables: [y]\n", "f.yml"))
            .hasMessageContaining("f.yml:4: viewpoints: a second viewpoint");
    }

    @Test
    void brokenYamlAndDuplicateKeysAreErrors() {
        assertThatThrownBy(() -> ConfigLoader.parse("name: [unclosed\n", "f.yml")).isInstanceOf(ConfigException.class).hasMessageStartingWith("f.yml:");
        assertThatThrownBy(() -> ConfigLoader.parse("name: a\nname: b\n", "f.yml")).isInstanceOf(ConfigException.class).hasMessageContaining("name");
    }

    @Test
    void locatesExplicitThenSourceFolderThenWorkingDirectory(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("examples/x"));
        assertThat(ConfigLoader.locate(null, "examples/x", dir)).isNull();
        Files.writeString(dir.resolve(".schemadoc.yml"), "name: here\n");
        assertThat(ConfigLoader.locate(null, "examples/x", dir)).isEqualTo(dir.resolve(".schemadoc.yml"));
        Files.writeString(source.resolve(".schemadoc.yml"), "name: source\n");
        assertThat(ConfigLoader.locate(null, "examples/x", dir)).isEqualTo(dir.resolve("examples/x/.schemadoc.yml"));
        Path explicit = Files.writeString(dir.resolve("other.yml"), "name: explicit\n");
        assertThat(ConfigLoader.locate(explicit, "examples/x", dir)).isEqualTo(explicit);
        assertThatThrownBy(() -> ConfigLoader.locate(dir.resolve("missing.yml"), null, dir)).isInstanceOf(ConfigException.class);
    }
}
