package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Check schema design rules.")
final class LintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'lint' is not available in this build yet");
    }
}
