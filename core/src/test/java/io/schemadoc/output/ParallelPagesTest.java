package io.schemadoc.output;

import static io.schemadoc.output.Fixtures.col;
import static io.schemadoc.output.Fixtures.fk;
import static io.schemadoc.output.Fixtures.pk;
import static io.schemadoc.output.Fixtures.routine;
import static io.schemadoc.output.Fixtures.table;
import static io.schemadoc.output.Fixtures.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.output.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Markdown pages are rendered in parallel batches (and routine bodies read in parallel): the files, their order and
 * their text must not depend on it. The schema is several batches wide, and every page differs from its neighbours,
 * so a page written under another table's name, or a race in a shared cache, shows up as a difference.
 */
class ParallelPagesTest {

    /** n tables in a chain of foreign keys; each even one has a trigger whose function updates the next table. */
    static Schema wide(int n) {
        List<Table> tables = new ArrayList<>();
        List<Routine> routines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.format("t%04d", i);
            List<Constraint> constraints = i == 0 ? List.of(pk(name, "id"))
                : List.of(pk(name, "id"), fk(name + "_parent_id_fkey", "parent_id", String.format("t%04d", i - 1), null));
            Table t = table("public", name, "Table number " + i + ".",
                List.of(col("id", 1, "bigint", null, false, null), col("parent_id", 2, "bigint", null, true, "Points at t" + (i - 1) + ".")),
                constraints, List.of());
            String fn = "touch_" + name;
            routines.add(routine("public", fn, "", "trigger", "plpgsql",
                "\nBEGIN\n  UPDATE public." + String.format("t%04d", (i + 1) % n) + " SET parent_id = NEW.id WHERE id = NEW.id;\n"
                    + "  PERFORM public.touch_" + String.format("t%04d", (i + 7) % n) + "();\n  RETURN NEW;\nEND;\n", "Function " + i + "."));
            // Triggers on even tables only, writing odd ones: short traces, each page its own.
            tables.add(i % 2 == 1 ? t : Fixtures.withTriggers(t, List.of(trigger("trg_" + name, name, new RoutineRef("public", fn, ""))), List.of(), false));
        }
        return new Schema("wide", "18.0", 180000, List.of("public"),
            List.of(new Namespace("public", "pg_database_owner", null)), List.of(), tables, routines,
            List.of(), List.of(), List.of(), List.of());
    }

    /** Every file in the order the renderer hands it on (the order DocWriter writes them), with its text. */
    private static List<Map.Entry<String, String>> render(Schema schema) {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        new MarkdownRenderer().render(DocInput.of(schema, Config.DEFAULT),
            OutputTree.streaming((path, bytes) -> files.add(Map.entry(path, new String(bytes, StandardCharsets.UTF_8)))));
        return files;
    }

    @Test
    void pagesAreTheSameWhateverTheThreadsDid() {
        Schema schema = wide(300);
        List<Map.Entry<String, String>> first = render(schema);
        for (int run = 0; run < 1; run++) {
            assertThat(render(schema)).containsExactlyElementsOf(first);
        }
    }

    @Test
    void everyPageIsAboutItsOwnObjectAndComesInSchemaOrder() {
        Schema schema = wide(300);
        List<Map.Entry<String, String>> files = render(schema);
        PageNames names = new PageNames(schema);
        // The index page is built beside the table pages, and handed on after them.
        List<String> expected = new ArrayList<>();
        schema.tables().forEach(t -> expected.add(names.table(t.qualifiedName()) + ".md"));
        schema.routines().forEach(r -> expected.add(names.routine(r.ref()) + ".md"));
        expected.add("README.md");
        assertThat(files.stream().map(Map.Entry::getKey).toList()).containsExactlyElementsOf(expected);
        for (int i = 0; i < schema.tables().size(); i++) {
            String name = String.format("t%04d", i);
            assertThat(files.get(i).getValue()).as(name).startsWith("# public." + name + "\n")
                .contains("Table number " + i + ".")
                .contains(i % 2 == 0 ? "trg_" + name : "Table number " + i + ".");
        }
        for (int i = 0; i < schema.routines().size(); i++) {
            Routine r = schema.routines().get(i);
            assertThat(files.get(schema.tables().size() + i).getValue()).as(r.name())
                .startsWith("# public." + r.name() + "()\n").contains(r.comment());
        }
        assertThat(files.get(files.size() - 1).getValue()).startsWith("# wide\n").contains("t0299");
    }
}
