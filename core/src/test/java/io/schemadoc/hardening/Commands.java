package io.schemadoc.hardening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every command line schemadoc offers, for one SOURCE: what the read-only and secrets tests run. A command that has
 * not landed in this build answers "not available" and is reported as skipped, so the tests grow as commands land.
 */
final class Commands {
    private Commands() {}

    /** Runs that need nothing but SOURCE and a scratch folder (serve is run separately: it does not return). */
    static List<String[]> all(String source, String table, Path scratch, String... more) {
        List<String[]> runs = base(source, table, scratch);
        if (more.length == 0) {
            return runs;
        }
        return runs.stream().map(r -> {
            String[] with = java.util.Arrays.copyOf(r, r.length + more.length);
            System.arraycopy(more, 0, with, r.length, more.length);
            return with;
        }).toList();
    }

    private static List<String[]> base(String source, String table, Path scratch) {
        List<String[]> runs = new ArrayList<>();
        String md = scratch.resolve("md").toString();
        runs.add(new String[] {"inspect", source});
        runs.add(new String[] {"inspect", source, "--out", scratch.resolve("model.json").toString()});
        runs.add(new String[] {"doc", source, "--out", md});
        runs.add(new String[] {"doc", source, "--format", "html", "--out", scratch.resolve("html").toString()});
        runs.add(new String[] {"doc", source, "--format", "json", "--out", scratch.resolve("json").toString()});
        runs.add(new String[] {"check", source, "--docs", md});
        runs.add(new String[] {"coverage", source});
        runs.add(new String[] {"coverage", source, "--format", "json"});
        for (String op : List.of("insert", "update", "delete")) {
            runs.add(new String[] {"trace", source, table, op});
        }
        runs.add(new String[] {"trace", source, table, "insert", "--format", "json"});
        runs.add(new String[] {"trace", source, table, "delete", "--format", "mermaid"});
        runs.add(new String[] {"lint", source});
        runs.add(new String[] {"lint", source, "--format", "sarif", "--out", scratch.resolve("lint.sarif").toString()});
        runs.add(new String[] {"lint", source, "--format", "json"});
        runs.add(new String[] {"diff", source, source});
        runs.add(new String[] {"diff", source, source, "--format", "json", "--exit-code"});
        return runs;
    }
}
