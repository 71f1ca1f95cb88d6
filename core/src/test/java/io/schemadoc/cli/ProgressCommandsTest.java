package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.output.Fixtures;
import io.schemadoc.output.OutputTree;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress rules as the commands apply them: a quick run prints no progress line even with {@code --progress};
 * the totals the lines count towards are what the commands really do; {@code -Dschemadoc.timings} reports phases
 * even with {@code --quiet}.
 */
class ProgressCommandsTest {

    @Test
    void quickRunsOfEveryCommandPrintNoProgressLineEvenWhenAsked(@TempDir Path dir) throws Exception {
        Path snap = DocCommandTest.snapshot(dir);
        String[][] commands = {
            {"inspect", snap.toString(), "--out", dir.resolve("model.json").toString(), "--progress"},
            {"doc", snap.toString(), "--out", dir.resolve("docs").toString(), "--progress"},
            {"lint", snap.toString(), "--progress", "--fail-on", "never"},
            {"trace", snap.toString(), "--all", "--progress"},
            {"diff", snap.toString(), snap.toString(), "--progress"},
        };
        for (String[] args : commands) {
            DocCommandTest.Run run = DocCommandTest.run(args);
            assertThat(run.code()).as("%s: %s", args[0], run.err()).isIn(0, 1);
            assertThat(run.err().lines().filter(l -> l.startsWith("schemadoc: ") && l.matches(".*, \\d+\\.\\d s$")))
                .as("%s prints no progress line in a run shorter than two seconds", args[0]).isEmpty();
        }
    }

    @Test
    void pagesWrittenCountsTowardsThePagesTheRenderersWrite() throws Exception {
        for (List<String> formats : List.of(List.of("md"), List.of("html"), List.of("md", "html", "json"))) {
            DocBuild.Prepared prepared = new DocBuild.Prepared(
                io.schemadoc.output.DocInput.of(Fixtures.seedLike(), Config.DEFAULT)
                    .with(io.schemadoc.analysis.deps.DependencyGraph.of(Fixtures.seedLike())),
                io.schemadoc.output.Renderers.forFormats(formats));
            OutputTree tree = new OutputTree();
            prepared.render(tree);
            long pages = tree.files().keySet().stream().filter(p -> p.endsWith(".md") || p.endsWith(".html")).count();
            assertThat(prepared.pages()).as("%s", formats).isEqualTo(pages);
        }
    }

    @Test
    void docCountsEveryPageItWrites(@TempDir Path dir) throws Exception {
        Path snap = DocCommandTest.snapshot(dir);
        StringWriter err = new StringWriter();
        Progress counting = new Progress(new PrintWriter(err), false, 0);
        DocBuild.Prepared prepared = DocBuild.prepare(snap.toString(), new SourceOptions(), null, List.of("md"), counting);
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
        try (io.schemadoc.output.DocWriter.Session session = io.schemadoc.output.DocWriter.open(dir.resolve("docs"), path -> {
            assertThat(dir.resolve(dir.resolve("docs").getFileName().toString())).as("not yet in place").doesNotExist();
            written.incrementAndGet();
        })) {
            prepared.render(OutputTree.streaming(session));
            session.commit();
        }
        try (Stream<Path> files = Files.list(dir.resolve("docs"))) {
            assertThat(written.get()).isEqualTo(files.count()).isEqualTo(prepared.pages());
        }
    }

    @Test
    void timingsReportEachPhaseEvenWhenQuiet() {
        StringWriter err = new StringWriter();
        Progress.Options quiet = new Progress.Options();
        quiet.quiet = true;
        System.setProperty("schemadoc.timings", "");
        try (Progress p = quiet.start(new PrintWriter(err))) {
            p.phase("reading the schema", 0);
            p.phase("pages written", 3);
            p.advance(3);
        } finally {
            System.clearProperty("schemadoc.timings");
        }
        assertThat(err.toString().lines()).hasSize(2).allMatch(l -> l.matches("schemadoc timings: .* s wall .* s CPU .* MB heap"));
        assertThat(err.toString()).contains("reading the schema").contains("pages written");
    }
}
