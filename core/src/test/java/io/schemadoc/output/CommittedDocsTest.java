package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed docs of the examples: every link resolves to a committed file, every table row is whole. */
class CommittedDocsTest {

    @Test
    void everyLinkInDocsExamplesResolves() throws IOException {
        Path root = Path.of("../docs/examples").toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String md = Files.readString(page);
            for (String target : MarkdownText.links(md)) {
                URI uri = URI.create(target);
                if (uri.getScheme() != null) {
                    continue;
                }
                Path resolved = page.getParent().resolve(uri.getPath()).normalize();
                if (!resolved.startsWith(root) || !Files.isRegularFile(resolved)) {
                    broken.add(root.relativize(page) + " -> " + target);
                }
            }
            for (List<String> table : MarkdownText.tables(md)) {
                int width = MarkdownText.cells(table.get(0)).size();
                for (String row : table) {
                    assertThat(MarkdownText.cells(row)).as("%s: %s", page, row).hasSize(width);
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
