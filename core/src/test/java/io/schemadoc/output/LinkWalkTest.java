package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.ConfigLoader;
import io.schemadoc.config.Config;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every link of every generated page and checks it names a generated file, inside the output folder. */
class LinkWalkTest {

    static Stream<Arguments> trees() {
        return Stream.of(
            Arguments.of("seed-like", MarkdownGoldenTest.render(Fixtures.seedLike(), Config.DEFAULT)),
            Arguments.of("seed-like-config", MarkdownGoldenTest.render(Fixtures.seedLike(), ConfigLoader.parse(MarkdownGoldenTest.CONFIG, "x.yml"))),
            Arguments.of("hostile", MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void everyLinkResolves(String name, OutputTree tree) {
        List<String> broken = new ArrayList<>();
        int count = 0;
        Path root = Path.of("/docs");
        for (String file : tree.files().keySet()) {
            assertThat(root.resolve(file).normalize().startsWith(root)).as(file).isTrue();
            if (!file.endsWith(".md")) {
                continue;
            }
            for (String target : MarkdownText.links(tree.text(file))) {
                count++;
                URI uri = URI.create(target); // fails on characters a URL may not hold unencoded
                if (uri.getScheme() != null) {
                    continue;
                }
                String path = uri.getPath();
                Path resolved = root.resolve(file).getParent().resolve(path).normalize();
                String rel = root.relativize(resolved).toString().replace('\\', '/');
                if (!resolved.startsWith(root) || !tree.contains(rel)) {
                    broken.add(file + " -> " + target);
                }
            }
        }
        assertThat(count).as("links walked").isGreaterThan(3);
        assertThat(broken).isEmpty();
    }
}
