package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Compare two schema sources.")
final class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'diff' is not available in this build yet");
    }
}
