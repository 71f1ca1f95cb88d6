package io.schemadoc.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs schemadoc's design rules (severities and excludes from {@code .schemadoc.yml}), prints the findings, writes
 * them as SARIF for GitHub code scanning, and fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends SchemadocMojo {

    /** Fail the build on a finding at least this severe: error, warning (default) or never. */
    @Parameter(property = "schemadoc.failOn", defaultValue = "warning")
    String failOn;

    /** Where the SARIF 2.1.0 report goes; written on every run, findings or not. */
    @Parameter(property = "schemadoc.sarif", defaultValue = "${project.build.directory}/schemadoc/lint.sarif")
    File sarif;

    /**
     * The folder SARIF file locations are relative to: code scanning wants them relative to the repository root.
     * Default: the nearest folder above the project holding {@code .git}, else the project folder.
     */
    @Parameter(property = "schemadoc.sarifRoot")
    File sarifRoot;

    /**
     * The file, relative to {@code sarifRoot}, that findings without a migration file point at (code scanning
     * rejects results without a file). Default: the config file if there is one, else this project's pom.xml.
     */
    @Parameter(property = "schemadoc.sarifAnchor")
    String sarifAnchor;

    @Override
    List<String> arguments(String src) {
        Path root = root();
        List<String> args = new ArrayList<>(List.of("lint", src, "--fail-on", failOn,
            "--sarif", sarif.getAbsolutePath(), "--sarif-root", root.toString()));
        String anchor = sarifAnchor;
        if (anchor == null && configFile() == null && project.getFile() != null) {
            anchor = relative(root, project.getFile().toPath());
        }
        if (anchor != null) {
            args.add("--sarif-anchor");
            args.add(anchor);
        }
        args.addAll(sourceOptions());
        return args;
    }

    @Override
    void handle(CoreRun run) throws MojoFailureException {
        for (String line : (Iterable<String>) run.out().lines()::iterator) {
            if (line.contains(": error [")) {
                getLog().error(line);
            } else if (line.contains(": warning [")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        String report = relative(basedir(), sarif.toPath());
        getLog().info("schemadoc: SARIF report in " + report);
        if (run.findings()) {
            throw new MojoFailureException("schemadoc lint found problems at or above " + failOn + " (listed above; SARIF in " + report
                + "); fix them, change their severity in .schemadoc.yml, or set failOn");
        }
    }

    Path root() {
        if (sarifRoot != null) {
            return sarifRoot.toPath().toAbsolutePath().normalize();
        }
        for (Path dir = basedir(); dir != null; dir = dir.getParent()) {
            // A worktree or submodule has a .git file rather than a folder; both mark a repository root.
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return basedir();
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
