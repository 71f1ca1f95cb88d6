package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "coverage", mixinStandardHelpOptions = true, description = "Report the share of objects with a comment.")
final class CoverageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'coverage' is not available in this build yet");
    }
}
