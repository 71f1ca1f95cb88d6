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
        int files;
        try (Progress progress = sourceOptions.progress(spec.commandLine().getErr())) {
            DocBuild.Prepared docs = DocBuild.prepare(source, sourceOptions, config, formats, progress);
            // Only now, with the schema read, is the folder touched: bad input leaves it as it was.
            try (DocWriter.Session session = DocWriter.open(out, path -> {
                if (path.endsWith(".md") || path.endsWith(".html")) {
                    progress.advance(1);
                }
            })) {
                progress.phase("pages written", docs.pages());
                OutputTree tree = OutputTree.streaming(session);
                docs.render(tree);
                files = tree.size();
                progress.phase("moving the docs into place", 0);
                session.commit();
            }
        }
        if (!sourceOptions.quiet()) {
            spec.commandLine().getErr().println("schemadoc: wrote " + files + " files to " + out);
        }
        return Main.OK;
    }
}
