package io.schemadoc.analysis.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the comparison leaves out. {@code ignoreSchemas} are globs ({@code *} any run, {@code ?} one character)
 * matched against whole schema names. Provenance ({@code source}) and statistics ({@code estimatedRows}) are
 * never compared: they are not schema differences.
 */
public record DiffOptions(boolean ignoreComments, boolean ignoreOwners, boolean ignoreColumnOrder, List<String> ignoreSchemas) {

    public DiffOptions {
        ignoreSchemas = ignoreSchemas == null ? List.of() : List.copyOf(ignoreSchemas);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(false, false, false, List.of());
    }

    boolean ignoresSchema(String schema) {
        if (schema == null) {
            return false;
        }
        for (String glob : ignoreSchemas) {
            if (globPattern(glob).matcher(schema).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
