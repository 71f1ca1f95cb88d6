package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Placeholder until its issue lands: refuses clearly instead of pretending.
@Command(name = "doc", mixinStandardHelpOptions = true, description = "Write documentation of SOURCE.")
final class DocCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new SchemadocException("'doc' is not available in this build yet");
    }
}
