package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's small text helpers: WHEN extraction, globs, search_path, version blocks in the .sql resources. */
class CatalogTextTest {

    @Test
    void whenConditionIsTakenAtTheTopLevelOnly() {
        assertThat(TriggerWhen.extract("CREATE TRIGGER t BEFORE UPDATE ON x FOR EACH ROW WHEN (new.a <> old.a) EXECUTE FUNCTION f()"))
            .isEqualTo("new.a <> old.a");
        // Parentheses and the word WHEN inside strings and quoted names do not confuse it.
        assertThat(TriggerWhen.extract("CREATE TRIGGER \"WHEN (x\" AFTER INSERT ON \"when\" FOR EACH ROW WHEN "
                + "(new.\"a)\" = 'WHEN (''y' AND (new.b > 1)) EXECUTE FUNCTION f('WHEN (z')"))
            .isEqualTo("new.\"a)\" = 'WHEN (''y' AND (new.b > 1)");
        assertThat(TriggerWhen.extract("CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW WHEN (new.s = E'a\\')b') EXECUTE FUNCTION f()"))
            .isEqualTo("new.s = E'a\\')b'");
        assertThat(TriggerWhen.extract("CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION f('WHEN (1)')")).isNull();
        assertThat(TriggerWhen.extract(null)).isNull();
    }

    @Test
    void globsBecomeAnchoredRegexes() {
        assertThat(Globs.toRegex("app")).isEqualTo("^app$");
        assertThat(Globs.toRegex("app_*")).isEqualTo("^app_.*$");
        assertThat(Globs.toRegex("a?c")).isEqualTo("^a.c$");
        assertThat(Globs.toRegex("public.tmp (1)")).isEqualTo("^public\\.tmp\\ \\(1\\)$");
        assertThat(Globs.toRegex("café.日本")).isEqualTo("^café\\.日本$");
        assertThat(Globs.toRegexes(List.of("a", "b*"))).containsExactly("^a$", "^b.*$");
    }

    @Test
    void searchPathKeepsEntriesAsWritten() {
        assertThat(SearchPath.split("\"$user\", public")).containsExactly("\"$user\"", "public");
        assertThat(SearchPath.split("\"a, b\",c ,  d")).containsExactly("\"a, b\"", "c", "d");
        assertThat(SearchPath.split("")).isEmpty();
    }

    @Test
    void serversOlderThan13AreRefusedByName() {
        assertThatThrownBy(() -> CatalogReader.checkVersion(120017, "12.17")).isInstanceOf(CatalogException.class)
            .hasMessage("PostgreSQL 12 is not supported (13–18 are)");
        assertThatThrownBy(() -> CatalogReader.checkVersion(90624, "9.6.24")).hasMessage("PostgreSQL 9.6.24 is not supported (13–18 are)");
        CatalogReader.checkVersion(130000, "13.0");
        CatalogReader.checkVersion(180006, "18.6");
    }

    @Test
    void versionBlocksPickOneVariant() {
        String text = "SELECT 1\n-- @if 150000\n, new\n-- @else\n, old\n-- @end\nFROM x\n";
        assertThat(SqlResource.select(text, 150000, "t")).isEqualTo("SELECT 1\n, new\nFROM x\n\n");
        assertThat(SqlResource.select(text, 140010, "t")).isEqualTo("SELECT 1\n, old\nFROM x\n\n");
        assertThatThrownBy(() -> SqlResource.select("-- @if 1\nx\n", 1, "t")).hasMessageContaining("without -- @end");
    }

    @Test
    void everyQueryOpensWithACommentAndLoadsOnEveryVersion() {
        for (String name : List.of("server", "schemas", "extensions", "relations", "columns", "constraints", "lookups", "indexes",
                "triggers", "policies", "routines", "types", "sequences", "view_dependencies", "scope")) {
            assertThat(SqlResource.read(name)).as(name).startsWith("-- ");
            for (int version : List.of(130000, 140000, 150000, 180000)) {
                assertThat(SqlResource.load(name, version).sql()).as(name).doesNotContain("-- @").doesNotContain("{{");
            }
        }
        assertThat(SqlResource.load("constraints", 140000).sql()).contains("NULL::int2[] AS on_delete_set_columns");
        assertThat(SqlResource.load("constraints", 150000).sql()).contains("con.confdelsetcols AS on_delete_set_columns");
    }
}
