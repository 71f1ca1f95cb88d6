package io.schemadoc.hardening;

import io.schemadoc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real command line in this JVM (or in a child JVM, when the environment matters) and keeps what it said. */
final class Cli {
    private Cli() {}

    record Run(List<String> args, int code, String out, String err) {
        /** A placeholder command of a build where that command has not landed yet. */
        boolean unavailable() {
            return !available(args.get(0));
        }

        String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "schemadoc " + String.join(" ", args) + " → " + code + "\n--- out\n" + abbreviate(out) + "\n--- err\n" + abbreviate(err);
        }
    }

    private static final java.util.Map<String, Boolean> AVAILABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether this build has the real command (a placeholder takes no options, not even the SOURCE ones). */
    static boolean available(String command) {
        return AVAILABLE.computeIfAbsent(command, c -> run(c, "--help").out().contains("--pg-version"));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(List.of(args), code, out.toString(), err.toString());
    }

    /** A child JVM with exactly {@code env} added to a minimal environment: how PGPASSWORD and PGPASSFILE reach the tool. */
    static Run runInChild(Map<String, String> env, Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "io.schemadoc.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.equals("DATABASE_URL"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("schemadoc " + String.join(" ", args) + " did not finish in 120 s");
        }
        Run run = new Run(List.of(args), p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    static String abbreviate(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 2000) + "\n…[" + (s.length() - 4000) + " chars]…\n" + s.substring(s.length() - 2000);
    }
}
