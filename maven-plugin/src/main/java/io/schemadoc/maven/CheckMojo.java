package io.schemadoc.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the committed docs are not exactly what {@code schemadoc:doc} would write now, and prints
 * the unified diff, so a migration cannot be merged without the docs that describe it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SchemadocMojo {

    /** The committed docs folder to verify. */
    @Parameter(property = "schemadoc.docs", defaultValue = "${project.basedir}/docs/schema")
    File docs;

    /** The formats the docs were written in: md (default), html, or several comma-separated. */
    @Parameter(property = "schemadoc.format", defaultValue = "md")
    String format;

    @Override
    List<String> arguments(String src) throws MojoFailureException {
        if (!docs.isDirectory()) {
            throw new MojoFailureException(shown(docs.toPath()) + " does not exist: write it with `mvn schemadoc:doc" + docsOption()
                + "` and commit it");
        }
        List<String> args = new ArrayList<>(List.of("check", src, "--docs", docs.getAbsolutePath(), "--format", format));
        args.addAll(sourceOptions());
        return args;
    }

    @Override
    void handle(CoreRun run) throws MojoFailureException {
        String where = shown(docs.toPath());
        if (!run.findings()) {
            getLog().info("schemadoc: " + where + " is up to date");
            return;
        }
        getLog().error("schemadoc: " + where + " is not what schemadoc:doc writes now:");
        run.out().lines().forEach(getLog()::error);
        throw new MojoFailureException(where + " is stale: regenerate it with `mvn schemadoc:doc" + docsOption() + "` and commit the result");
    }

    private String shown(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(basedir()) ? basedir().relativize(abs).toString() : abs.toString();
    }

    /** The regenerating command must write where this check looked, and in the same formats. */
    private String docsOption() {
        StringBuilder sb = new StringBuilder();
        if (!docs.toPath().toAbsolutePath().normalize().equals(basedir().resolve("docs/schema"))) {
            sb.append(" -Dschemadoc.docs=").append(shown(docs.toPath()));
        }
        if (!format.equals("md")) {
            sb.append(" -Dschemadoc.format=").append(format);
        }
        return sb.toString();
    }
}
