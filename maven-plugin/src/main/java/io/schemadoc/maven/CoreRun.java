package io.schemadoc.maven;

import io.schemadoc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** One schemadoc command run in-process, as the CLI would run it, with what it printed kept for the Maven log. */
record CoreRun(int code, String out, String err) {
    private static final String PREFIX = "schemadoc: ";

    static CoreRun of(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CoreRun(code, out.toString(), err.toString());
    }

    /**
     * Bad input and internal errors stop the build as an error of the build's set-up, with the core's one line and
     * without a Java stack trace (Maven prints the message; the stack trace would only say where the core noticed).
     */
    CoreRun requireNoError() throws MojoExecutionException {
        if (code == Main.BAD_INPUT || code == Main.INTERNAL_ERROR) {
            throw new MojoExecutionException(message());
        }
        if (code != Main.OK && code != Main.FINDINGS) {
            throw new MojoExecutionException("schemadoc ended with exit code " + code + ": " + message());
        }
        return this;
    }

    boolean findings() {
        return code == Main.FINDINGS;
    }

    /**
     * The core's own message lines (those it starts with {@code schemadoc: }; a stack trace under -X is not one),
     * without that prefix since Maven names the plugin already; its --debug advice becomes Maven's -X.
     */
    String message() {
        StringBuilder sb = new StringBuilder();
        for (String line : err.split("\\R")) {
            if (line.startsWith(PREFIX)) {
                sb.append(sb.isEmpty() ? "" : " ").append(line.substring(PREFIX.length()).strip());
            }
        }
        String message = sb.isEmpty() ? err.strip() : sb.toString();
        return message.isEmpty() ? "(no message)" : message.replace("(run again with --debug for details)", "(run Maven with -X for details)");
    }
}
