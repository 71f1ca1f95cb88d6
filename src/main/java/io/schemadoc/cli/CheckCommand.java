package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "check", mixinStandardHelpOptions = true, description = "Exit 0 when DIR is exactly what doc would write.")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'check' is not available in this build yet");
    }
}
