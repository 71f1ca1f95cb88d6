package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Show the cascade PostgreSQL runs when a row changes.")
final class TraceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'trace' is not available in this build yet");
    }
}
