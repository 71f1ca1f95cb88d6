package io.schemadoc.cli;

import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.ModelJson;
import io.schemadoc.output.Coverage;
import io.schemadoc.output.DocInput;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "coverage", mixinStandardHelpOptions = true,
    description = "Report the share of tables, views, columns, routines and other objects with a comment, per schema and table.")
final class CoverageCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Config file: its include/exclude and comments count (default: .schemadoc.yml in the SOURCE folder or current directory).")
    Path config;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var cfg = ConfigLoader.load(config, source);
        Coverage coverage = Coverage.of(DocInput.of(sourceOptions.read(source), cfg).schema());
        String text = format == Format.json ? ModelJson.pretty(ModelJson.mapper().valueToTree(coverage)) : coverage.text();
        spec.commandLine().getOut().print(text);
        return Main.OK;
    }
}
