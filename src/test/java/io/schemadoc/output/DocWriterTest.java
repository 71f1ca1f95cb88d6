package io.schemadoc.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocWriterTest {

    @Test
    void twoRunsAreByteIdentical(@TempDir Path dir) throws Exception {
        OutputTree first = MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT);
        OutputTree second = MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT);
        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).as(path).isEqualTo(bytes));
        DocWriter.write(dir.resolve("a"), first);
        DocWriter.write(dir.resolve("b"), second);
        assertThat(DocWriter.compare(dir.resolve("a"), second)).isEmpty();
        assertThat(DocWriter.compare(dir.resolve("b"), first)).isEmpty();
    }

    @Test
    void writesEverythingInsideTheFolderAndReplacesEarlierDocs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("docs");
        DocWriter.write(out, MarkdownGoldenTest.render(Fixtures.seedLike(), Config.DEFAULT));
        Files.writeString(out.resolve("stale.md"), "old page");
        OutputTree tree = MarkdownGoldenTest.render(Fixtures.hostile(), Config.DEFAULT);
        DocWriter.write(out, tree);
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                .allMatch(p -> p.startsWith("docs/")).hasSize(tree.files().size());
        }
        assertThat(Files.exists(out.resolve("stale.md"))).isFalse();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("docs");
    }

    @Test
    void theDocsFolderGetsOrdinaryRights(@TempDir Path dir) throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        DocWriter.write(dir.resolve("docs"), MarkdownGoldenTest.render(Fixtures.seedLike(), Config.DEFAULT));
        assertThat(Files.getPosixFilePermissions(dir.resolve("docs"))).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void refusesAForeignNonEmptyFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> DocWriter.write(dir, MarkdownGoldenTest.render(Fixtures.seedLike(), Config.DEFAULT)))
            .isInstanceOf(OutputException.class).hasMessageContaining("not empty");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void unsafePathsAreRefused() {
        OutputTree tree = new OutputTree();
        for (String bad : new String[] {"../x.md", "/etc/passwd", "a/../../b", "a\\b", "", "c:x", "a//b"}) {
            assertThatThrownBy(() -> tree.write(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        tree.write("a.md", "x");
        assertThatThrownBy(() -> tree.write("a.md", "y")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void compareReportsChangedMissingAndExtraFiles(@TempDir Path dir) throws Exception {
        OutputTree tree = MarkdownGoldenTest.render(Fixtures.seedLike(), Config.DEFAULT);
        DocWriter.write(dir.resolve("docs"), tree);
        Path docs = dir.resolve("docs");
        Files.writeString(docs.resolve("public.users.md"), Files.readString(docs.resolve("public.users.md")).replace("People who sign in.", "Stale."));
        Files.delete(docs.resolve("public.analyses.md"));
        Files.writeString(docs.resolve("extra.md"), "x\n");
        String diff = DocWriter.compare(docs, tree);
        assertThat(diff)
            .contains("--- " + docs + "/public.users.md\n+++ generated/public.users.md\n")
            .contains("-Stale.\n+People who sign in.\n")
            .contains("--- /dev/null\n+++ generated/public.analyses.md\n")
            .contains("Only in " + docs + " (doc would not write it): extra.md");
    }
}
