package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The pages schemadoc writes for the seeds' tables carry the same rows as the pages tbls wrote (seeds 000 and 001):
 * Columns, Constraints, Indexes, Triggers, and the Mermaid relations. Rows are compared as sets, since tbls orders
 * constraints and indexes by oid and seed 001 was rendered with sorting.
 */
class SeedFidelityTest {
    /** Copies of ../shared/seeds/000 and 001, so the test runs wherever the repository is checked out. */
    static final Path SEEDS = Path.of("src/test/resources/seeds");

    static String seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return Files.readString(s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    static String page(String example, int pgVersion, String table) {
        Schema schema = TestDatabases.example(example, pgVersion);
        OutputTree tree = MarkdownGoldenTest.render(schema, Config.DEFAULT);
        return tree.text(new PageNames(schema).table(new QualifiedName("public", table)) + ".md");
    }

    /** Per "## Section": the rows of its table, cells unescaped (links reduced to their text). */
    static Map<String, List<List<String>>> sections(String markdown) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        String current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                current = line.substring(3).strip();
                out.put(current, new ArrayList<>());
            } else if (current != null && line.startsWith("|") && !line.startsWith("| ---") && !line.startsWith("| Name ")) {
                List<String> cells = new ArrayList<>();
                for (String c : MarkdownText.cells(line)) {
                    cells.add(MarkdownText.unescape(c.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")));
                }
                out.get(current).add(cells);
            }
        }
        return out;
    }

    static List<String> mermaidLines(String markdown) {
        List<String> out = new ArrayList<>();
        for (String block : MarkdownText.mermaidBlocks(markdown)) {
            block.lines().filter(l -> !l.isBlank()).forEach(out::add);
        }
        return out;
    }

    @Test
    void usageEventsMatchesSeed000() throws IOException {
        // Seed 000 comes from a server without catalogued NOT NULL constraints: compare on PostgreSQL 15 (a server the other example tests start anyway).
        String ours = page("spec-analyzer", 15, "usage_events");
        String theirs = seed("000_");
        Map<String, List<List<String>>> a = sections(ours);
        Map<String, List<List<String>>> b = sections(theirs);
        assertThat(b.get("Columns")).hasSize(7);
        assertThat(b.get("Constraints")).hasSize(5);
        SoftAssertions soft = new SoftAssertions();
        for (String section : List.of("Columns", "Constraints", "Indexes")) {
            soft.assertThat(a.get(section)).as(section).containsExactlyInAnyOrderElementsOf(b.get(section));
        }
        soft.assertThat(a.containsKey("Triggers")).as("no triggers, as in the seed").isEqualTo(b.containsKey("Triggers"));
        soft.assertThat(mermaidLines(ours)).as("Mermaid relations and entities").containsExactlyInAnyOrderElementsOf(mermaidLines(theirs));
        soft.assertAll();
    }

    @Test
    void planEventsMatchesSeed001() throws IOException {
        String ours = page("course-designer", 18, "course_designer_plan_events");
        // Seed 001 is tbls' page rendered as text: one line per row, empty cells gone, typographic quotes.
        Map<String, List<String>> theirs = textSections(seed("001_"));
        assertThat(theirs.get("Columns")).hasSize(10);
        assertThat(theirs.get("Constraints")).hasSize(11);
        assertThat(theirs.get("Triggers")).hasSize(1);
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, List<List<String>>> e : sections(ours).entrySet()) {
            if (!List.of("Columns", "Constraints", "Indexes", "Triggers").contains(e.getKey())) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (List<String> row : e.getValue()) {
                List<String> cells = new ArrayList<>(row);
                if (e.getKey().equals("Constraints") && cells.get(1).equals("NOT NULL")) {
                    cells.set(1, "n"); // tbls prints contype raw; we print the words
                }
                lines.add(String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList()));
            }
            soft.assertThat(lines).as(e.getKey()).containsExactlyInAnyOrderElementsOf(theirs.get(e.getKey()));
        }
        soft.assertThat(ours).contains("## Triggers").contains("## Relations");
        soft.assertAll();
    }

    static Map<String, List<String>> textSections(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String current = null;
        boolean header = false;
        for (String raw : text.split("\n")) {
            String line = raw.replace('‘', '\'').replace('’', '\'').strip();
            if (List.of("Description", "Columns", "Constraints", "Indexes", "Triggers", "Relations").contains(line)) {
                current = line;
                out.put(current, new ArrayList<>());
                header = true;
                continue;
            }
            if (current == null || line.isEmpty()) {
                continue;
            }
            if (header && line.startsWith("Name ")) {
                header = false;
                continue;
            }
            out.get(current).add(line);
        }
        return out;
    }
}
