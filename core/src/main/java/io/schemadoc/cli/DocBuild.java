package io.schemadoc.cli;

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

    static OutputTree build(String source, SourceOptions sourceOptions, Path configFile, List<String> formats) {
        return build(source, sourceOptions, configFile, formats, Progress.silent());
    }

    static OutputTree build(String source, SourceOptions sourceOptions, Path configFile, List<String> formats, Progress progress) {
        // Cheap checks first, so a typo fails before an embedded server starts.
        List<Renderer> renderers = Renderers.forFormats(formats);
        Config config = ConfigLoader.load(configFile, source);
        progress.phase("reading the schema", 0);
        Schema schema = sourceOptions.read(source);
        DocInput input = DocInput.of(schema, config);
        // Body analysis runs once per build, on the schema as documented, and every page reads it.
        progress.phase("analysing " + schema.routines().size() + " routines", 0);
        DependencyGraph graph = DependencyGraph.of(input.schema());
        progress.phase("rendering " + schema.tables().size() + " tables", 0);
        return Renderers.render(input.with(graph), renderers);
    }
}
