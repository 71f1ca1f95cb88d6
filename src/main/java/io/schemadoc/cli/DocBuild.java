package io.schemadoc.cli;

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
        // Cheap checks first, so a typo fails before an embedded server starts.
        List<Renderer> renderers = Renderers.forFormats(formats);
        Config config = ConfigLoader.load(configFile, source);
        Schema schema = sourceOptions.read(source);
        return Renderers.render(DocInput.of(schema, config), renderers);
    }
}
