package io.schemadoc.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes the schema's documentation (Markdown in tbls' layout, or an HTML site) into {@code docs}, replacing it. */
@Mojo(name = "doc", threadSafe = true)
public class DocMojo extends SchemadocMojo {

    /** The docs folder; replaced as a whole (it must be empty, new, or hold earlier schemadoc docs). */
    @Parameter(property = "schemadoc.docs", defaultValue = "${project.basedir}/docs/schema")
    File docs;

    /** md (default), html, or several comma-separated (md,html). */
    @Parameter(property = "schemadoc.format", defaultValue = "md")
    String format;

    @Override
    List<String> arguments(String src) {
        List<String> args = new ArrayList<>(List.of("doc", src, "--out", docs.getAbsolutePath(), "--format", format));
        args.addAll(sourceOptions());
        return args;
    }

    @Override
    void handle(CoreRun run) {
        info(run.out());
        getLog().info("schemadoc: wrote the docs to " + basedir().relativize(docs.toPath().toAbsolutePath().normalize()));
    }
}
