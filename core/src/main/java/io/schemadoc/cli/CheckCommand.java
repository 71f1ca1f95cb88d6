package io.schemadoc.cli;

import io.schemadoc.output.DocWriter;
import io.schemadoc.output.OutputTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Exit 0 when DIR is exactly what doc would write; exit 1 and print a unified diff otherwise.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = {"-d", "--docs"}, required = true, paramLabel = "DIR", description = "The docs folder to verify.")
    Path docs;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Config file (default: .schemadoc.yml in the SOURCE folder, else in the current directory).")
    Path config;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
        description = "Formats the docs were written in (default: md).")
    List<String> formats = new ArrayList<>(List.of("md"));

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputTree tree = DocBuild.build(source, sourceOptions, config, formats);
        String diff = DocWriter.compare(docs, tree);
        if (diff.isEmpty()) {
            return Main.OK;
        }
        spec.commandLine().getOut().print(diff);
        spec.commandLine().getErr().println("schemadoc: " + docs + " is not what `schemadoc doc` writes; regenerate it with: schemadoc doc "
            + (source == null ? "" : source + " ") + "--out " + docs);
        return Main.FINDINGS;
    }
}
