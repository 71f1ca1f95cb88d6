package io.schemadoc.maven;

import io.schemadoc.source.EmbeddedBinaries;
import io.schemadoc.source.ReadOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What every goal shares: how to read the schema, given the way the CLI takes it, and running one schemadoc
 * command in-process. Goals only add their own arguments and say what an exit code of 1 means for the build.
 */
abstract class SchemadocMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    RepositorySystemSession repositorySession;

    // @Component is deprecated in favour of JSR-330 constructor injection, but it works on every Maven 3.6.3+
    // this plugin supports, and keeps the goals constructible in tests.
    @SuppressWarnings("deprecation")
    @Component
    RepositorySystem repositorySystem;

    /**
     * The schema, as any SOURCE the CLI takes: a folder of SQL migrations, a changelog, a .json snapshot or a
     * postgres:// URL; paths are relative to the project. Default: the project, read as a Flyway project when
     * {@code src/main/resources/db/migration} exists, else as a Liquibase one when
     * {@code src/main/resources/db/changelog/db.changelog-master.*} does.
     */
    @Parameter(property = "schemadoc.source")
    String source;

    /** The {@code .schemadoc.yml} to use. Default: {@code .schemadoc.yml} in the project folder, if there is one. */
    @Parameter(property = "schemadoc.config")
    File config;

    /** PostgreSQL major of the embedded server that applies migrations (13 to 18; default 18). */
    @Parameter(property = "schemadoc.pgVersion")
    Integer pgVersion;

    /** Apply Flyway or Liquibase migrations without those that need code schemadoc cannot run; the docs list them. */
    @Parameter(property = "schemadoc.skipUnsupported", defaultValue = "false")
    boolean skipUnsupported;

    /** Flyway placeholders or Liquibase changelog parameters, over the project's own settings. */
    @Parameter
    Map<String, String> placeholders;

    /** The same from the command line: {@code -Dschemadoc.placeholders=schema=app,owner=service}; wins over {@code placeholders}. */
    @Parameter(property = "schemadoc.placeholders")
    String placeholderList;

    /** Liquibase contexts to apply (default: all changeSets). */
    @Parameter(property = "schemadoc.contexts")
    String contexts;

    /** Liquibase label expression to apply (default: all changeSets). */
    @Parameter(property = "schemadoc.labels")
    String labels;

    /** Skip this goal. */
    @Parameter(property = "schemadoc.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("schemadoc: skipped (schemadoc.skip)");
            return;
        }
        if ((source == null || source.isBlank()) && DefaultSource.in(basedir()).isEmpty() && "pom".equals(project.getPackaging())) {
            // A parent pom that binds the goals for its modules has no schema of its own.
            getLog().info("schemadoc: no schema in this pom-packaged project (" + DefaultSource.FLYWAY + " or a changelog); skipped");
            return;
        }
        String src = sourceArgument();
        List<String> args = arguments(src);
        if (needsEmbeddedServer(src) && ReadOptions.SUPPORTED_PG_VERSIONS.contains(major())) {
            Path jar = PgBinariesArtifact.resolve(repositorySystem, repositorySession, project.getRemoteProjectRepositories(), major());
            getLog().debug("schemadoc: PostgreSQL " + major() + " binaries from " + jar);
            EmbeddedBinaries.use(major(), jar);
        }
        getLog().debug("schemadoc " + String.join(" ", printable(args, src)));
        CoreRun run;
        EmbeddedServers.enter();
        try {
            run = CoreRun.of(args);
        } finally {
            EmbeddedServers.leave();
        }
        if (getLog().isDebugEnabled() && !run.err().isBlank()) {
            getLog().debug(run.err());
        }
        handle(run.requireNoError());
    }

    /** The command line for this goal, SOURCE included. */
    abstract List<String> arguments(String src) throws MojoExecutionException, MojoFailureException;

    /** What a run that ended with 0 or 1 means for the build. */
    abstract void handle(CoreRun run) throws MojoExecutionException, MojoFailureException;

    Path basedir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    int major() {
        return pgVersion == null ? ReadOptions.DEFAULT_PG_VERSION : pgVersion;
    }

    /** The SOURCE to hand to the core: a URL as given, a path made absolute against the project folder. */
    String sourceArgument() throws MojoExecutionException {
        if (source == null || source.isBlank()) {
            return DefaultSource.in(basedir()).map(Path::toString).orElseThrow(() -> new MojoExecutionException(DefaultSource.missing()));
        }
        String s = source.strip();
        if (isUrl(s)) {
            return s;
        }
        return basedir().resolve(s).normalize().toString();
    }

    /** The options every command that reads a schema takes, in the CLI's spelling. */
    List<String> sourceOptions() {
        List<String> args = new ArrayList<>();
        Path configFile = configFile();
        if (configFile != null) {
            args.add("--config");
            args.add(configFile.toString());
        }
        args.add("--pg-version");
        args.add(String.valueOf(major()));
        if (skipUnsupported) {
            args.add("--skip-unsupported");
        }
        for (Map.Entry<String, String> p : allPlaceholders().entrySet()) {
            args.add("--placeholder");
            args.add(p.getValue() == null ? p.getKey() : p.getKey() + "=" + p.getValue());
        }
        if (contexts != null && !contexts.isBlank()) {
            args.add("--contexts");
            args.add(contexts);
        }
        if (labels != null && !labels.isBlank()) {
            args.add("--labels");
            args.add(labels);
        }
        // No progress line: Maven's log is not a terminal, even when the console is.
        args.add("--quiet");
        if (getLog().isDebugEnabled()) {
            args.add("--debug");
        }
        return args;
    }

    Path configFile() {
        if (config != null) {
            return config.toPath().toAbsolutePath().normalize();
        }
        Path found = basedir().resolve(".schemadoc.yml");
        return Files.isRegularFile(found) ? found : null;
    }

    Map<String, String> allPlaceholders() {
        Map<String, String> all = new LinkedHashMap<>();
        if (placeholders != null) {
            placeholders.forEach((k, v) -> all.put(k, v == null ? "" : v));
        }
        if (placeholderList != null && !placeholderList.isBlank()) {
            for (String pair : placeholderList.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    all.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                } else if (!pair.isBlank()) {
                    // Let the core name the malformed pair, as it does on the command line.
                    all.put(pair.strip(), null);
                }
            }
        }
        return all;
    }

    static boolean isUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.startsWith("jdbc:");
    }

    /** Only SQL (migrations, changelogs) is applied on the embedded server; URLs and snapshots are read as they are. */
    static boolean needsEmbeddedServer(String src) {
        return !isUrl(src) && !src.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The command line for the debug log: a database URL may carry a password, so it is not printed. */
    static List<String> printable(List<String> args, String src) {
        return args.stream().map(a -> a.equals(src) && isUrl(src) ? "<database URL>" : a).toList();
    }

    /** Lines of the core's output into the Maven log. */
    void info(String text) {
        text.lines().forEach(getLog()::info);
    }
}
