package io.schemadoc.cli;

import io.schemadoc.analysis.body.ParseAhead;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.Schema;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.Renderer;
import io.schemadoc.output.Renderers;
import java.nio.file.Path;
import java.util.List;

/** What {@code doc} and {@code check} share: config, formats, source, then every renderer into one tree. */
final class DocBuild {
    private DocBuild() {}

    /** The schema read and analysed, ready to render: everything that can fail on bad input has happened. */
    record Prepared(DocInput input, List<Renderer> renderers) {
        void render(OutputTree tree) {
            for (Renderer r : renderers) {
                r.render(input, tree);
            }
        }

        /**
         * The pages the renderers will write (README or index, a page per table, routine, viewpoint, and schema
         * for html), for the progress line; diagrams, assets and snapshots are not pages.
         */
        long pages() {
            long tables = input.schema().tables().size();
            long routines = input.schema().routines().size();
            long viewpoints = input.config().viewpoints().size();
            long n = 0;
            for (Renderer r : renderers) {
                switch (r.format()) {
                    case "md" -> n += 1 + tables + routines + viewpoints;
                    case "html" -> n += 1 + tables + routines + viewpoints + input.schema().schemas().size();
                    default -> { }
                }
            }
            return n;
        }
    }

    static OutputTree build(String source, SourceOptions sourceOptions, Path configFile, List<String> formats) {
        OutputTree tree = new OutputTree();
        prepare(source, sourceOptions, configFile, formats, Progress.silent()).render(tree);
        return tree;
    }

    static Prepared prepare(String source, SourceOptions sourceOptions, Path configFile, List<String> formats, Progress progress) {
        // Cheap checks first, so a typo fails before an embedded server starts.
        List<Renderer> renderers = Renderers.forFormats(formats);
        Config config = ConfigLoader.load(configFile, source);
        progress.phase("reading the schema", 0);
        try (ParseAhead ahead = new ParseAhead()) {
            Schema schema = sourceOptions.read(source, progress, ahead);
            progress.phase("preparing " + schema.tables().size() + " tables", 0);
            DocInput input = DocInput.of(schema, config);
            // Body analysis runs once per build, on the schema as documented, and every page reads it.
            progress.phase("analysing " + schema.routines().size() + " routines", 0);
            DependencyGraph graph = DependencyGraph.of(input.schema());
            return new Prepared(input.with(graph), renderers);
        }
    }
}
