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

@Command(name = "doc", mixinStandardHelpOptions = true,
    description = "Write documentation of SOURCE: README.md, a page per table, view and routine, Mermaid ER diagrams (tbls' layout).")
final class DocCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
        description = "Folder to write; replaced as a whole (it must be empty, new, or hold earlier schemadoc docs).")
    Path out;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
        description = "Config file (default: .schemadoc.yml in the SOURCE folder, else in the current directory).")
    Path config;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
        description = "Formats to write, comma-separated: md (default), html (static site with SVG diagrams), json (schema.json snapshot).")
    List<String> formats = new ArrayList<>(List.of("md"));

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Progress progress = sourceOptions.progress(spec.commandLine().getErr())) {
            OutputTree tree = DocBuild.build(source, sourceOptions, config, formats, progress);
            progress.phase("writing pages", tree.files().size());
            DocWriter.write(out, tree);
            progress.advance(tree.files().size());
            progress.close();
            if (!sourceOptions.quiet()) {
                spec.commandLine().getErr().println("schemadoc: wrote " + tree.files().size() + " files to " + out);
            }
        }
        return Main.OK;
    }
}
