package io.schemadoc.output.html;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Entry points for the site on its own (tests, serve); {@code doc --format html} goes through {@link HtmlRenderer}. */
public final class HtmlSite {
    private HtmlSite() {}

    public static OutputTree render(Schema schema, Config config) {
        OutputTree tree = new OutputTree();
        new HtmlRenderer().render(DocInput.of(schema, config), tree);
        return tree;
    }

    /** Renders the site and writes it under {@code outDir}, checking every path stays inside it. */
    public static void write(Schema schema, Config config, Path outDir) {
        write(render(schema, config), outDir);
    }

    public static void write(OutputTree tree, Path outDir) {
        Path base = outDir.toAbsolutePath().normalize();
        try {
            for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
                Path target = base.resolve(f.getKey()).normalize();
                if (!target.startsWith(base)) {
                    throw new IllegalArgumentException("unsafe output path: " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
