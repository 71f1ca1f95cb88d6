package io.schemadoc.cli;

import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Read SOURCE and write its model as JSON (a snapshot other commands can read back).")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    java.nio.file.Path out;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Schema schema;
        try (Progress progress = sourceOptions.progress(spec.commandLine().getErr())) {
            progress.phase("reading the schema", 0);
            schema = sourceOptions.read(source, progress);
            if (out != null) {
                // Not while writing to stdout: a redrawn line on the same terminal would land inside the JSON.
                progress.phase("writing the snapshot of " + schema.tables().size() + " tables", 0);
                OutputFiles.writeAtomically(out, writer -> ModelJson.write(schema, writer));
            }
        }
        if (out == null) {
            java.io.PrintWriter stdout = spec.commandLine().getOut();
            ModelJson.write(schema, stdout);
            stdout.flush();
        }
        return Main.OK;
    }
}
