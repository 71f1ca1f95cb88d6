package io.schemadoc.cli;

import io.schemadoc.analysis.body.ParseAhead;
import io.schemadoc.analysis.lint.LintJsonRenderer;
import io.schemadoc.analysis.lint.LintResult;
import io.schemadoc.analysis.lint.LintTextRenderer;
import io.schemadoc.analysis.lint.Linter;
import io.schemadoc.analysis.lint.Severity;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.LiveStats;
import io.schemadoc.model.Schema;
import io.schemadoc.output.sarif.SarifRenderer;
import io.schemadoc.postgres.LiveStatsReader;
import io.schemadoc.source.LiveDatabase;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.source.Source;
import io.schemadoc.source.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Check schema design rules (and, on a live database, health statistics); every finding says why it matters.",
        "Exit 0 when nothing reaches --fail-on, 1 when something does, 2 on bad input. Rules: docs/lint-rules.md."})
final class LintCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    enum FailOn { error, warning, never }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
        description = "Output format (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0 for GitHub code scanning.")
    Format format;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "warning",
        description = "Exit 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Config file (default: .schemadoc.yml in the SOURCE folder, else in the current folder).")
    Path config;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Option(names = "--sarif", paramLabel = "FILE",
        description = "Also write the findings as SARIF to FILE, whatever --format prints (one read for a CI log and code scanning).")
    Path sarif;

    @Option(names = "--sarif-root", paramLabel = "DIR",
        description = "Folder SARIF file locations are relative to, the repository root (default: the current folder).")
    Path sarifRoot;

    @Option(names = "--sarif-anchor", paramLabel = "FILE",
        description = "Repository-relative file that SARIF results without a migration file point at "
            + "(GitHub rejects results with no file; default: the snapshot or config file, when there is one).")
    String sarifAnchor;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path configFile = ConfigLoader.locate(config, source, Path.of("").toAbsolutePath());
        Config cfg = configFile == null ? Config.DEFAULT : ConfigLoader.load(configFile);
        Linter linter = new Linter(cfg.lint());
        Source src = sourceOptions.source(source);
        ReadOptions options = sourceOptions.readOptions();
        LintResult result;
        try (Progress progress = sourceOptions.progress(spec.commandLine().getErr())) {
            // The statistics of a live database come from a second read-only connection, read while the catalog is:
            // their queries cost the server about as much as the catalog's, so this overlaps the two.
            java.util.concurrent.CompletableFuture<LiveStats> liveStats = src instanceof LiveDatabase live
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> liveStats(live, options), LintCommand::daemon)
                : null;
            progress.phase("reading the schema", 0);
            try (ParseAhead ahead = new ParseAhead()) {
                Schema schema = SourceOptions.read(src, options.withProgress(progress), ahead);
                LiveStats stats = null;
                if (liveStats != null) {
                    progress.phase("reading statistics", 0);
                    stats = join(liveStats);
                }
                progress.phase("checking rules on " + schema.tables().size() + " tables", linter.ruleCount());
                result = linter.lint(schema, stats, () -> progress.advance(1));
            }
        }
        String report = switch (format) {
            case text -> LintTextRenderer.render(result);
            case json -> LintJsonRenderer.render(result);
            case sarif -> SarifRenderer.render(result, sarifOptions(src, configFile));
        };
        if (out == null) {
            spec.commandLine().getOut().print(report);
        } else {
            OutputFiles.writeAtomically(out, report);
        }
        if (sarif != null) {
            OutputFiles.writeAtomically(sarif, SarifRenderer.render(result, sarifOptions(src, configFile)));
        }
        if ((format == Format.sarif || sarif != null) && result.findings().stream().anyMatch(f -> f.location() == null) && sarifOptions(src, configFile).anchorUri() == null) {
            spec.commandLine().getErr().println("schemadoc: note: some SARIF results have no file location; GitHub code scanning "
                + "rejects such files (pass --sarif-anchor FILE)");
        }
        Severity threshold = switch (failOn) {
            case error -> Severity.ERROR;
            case warning -> Severity.WARNING;
            case never -> null;
        };
        return threshold != null && result.hasAtLeast(threshold) ? Main.FINDINGS : Main.OK;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "schemadoc-live-stats");
        t.setDaemon(true);
        t.start();
    }

    private static LiveStats join(java.util.concurrent.CompletableFuture<LiveStats> stats) {
        try {
            return stats.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static LiveStats liveStats(LiveDatabase live, ReadOptions options) {
        try (Connection c = live.openReadOnly(options)) {
            return LiveStatsReader.read(c);
        } catch (SQLException e) {
            throw new SourceException("reading statistics of " + live.description() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Migration files are named relative to the SOURCE folder; SARIF wants them relative to the repository root,
     * {@code --sarif-root} or else the current folder (where CI runs). A SOURCE outside it keeps an absolute path.
     */
    private SarifRenderer.Options sarifOptions(Source src, Path configFile) {
        String prefix = "";
        String anchor = sarifAnchor;
        if (source != null && !source.contains("://") && !source.startsWith("jdbc:")) {
            Path p = Path.of(source);
            Path base = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            String rel = relative(base);
            prefix = rel.isEmpty() ? "" : rel + "/";
            if (anchor == null && source.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                anchor = relative(p);
            }
        }
        if (anchor == null && configFile != null) {
            anchor = relative(configFile);
        }
        String version = Main.class.getPackage().getImplementationVersion();
        return new SarifRenderer.Options(prefix, anchor, version);
    }

    private String relative(Path p) {
        Path root = (sarifRoot == null ? Path.of("") : sarifRoot).toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
