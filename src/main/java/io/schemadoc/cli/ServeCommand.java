package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the documentation site and refresh it when the schema changes.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'serve' is not available in this build yet");
    }
}
