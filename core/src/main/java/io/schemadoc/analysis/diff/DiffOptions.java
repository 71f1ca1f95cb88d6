package io.schemadoc.analysis.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the comparison leaves out. All lists are globs ({@code *} any run, {@code ?} one character):
 * {@code ignoreSchemas} drops whole schemas; {@code schemas} and {@code exclude} are the read options
 * ({@code --schema}, {@code --exclude}) applied again here, because a snapshot is taken as it was written: a
 * snapshot of everything compares with a filtered live database on the same objects. An exclude glob drops a
 * schema it matches, or an object whose {@code schema.name} it matches. Provenance ({@code source}) and statistics
 * ({@code estimatedRows}) are never compared: they are not schema differences.
 */
public record DiffOptions(boolean ignoreComments, boolean ignoreOwners, boolean ignoreColumnOrder, List<String> ignoreSchemas,
                          List<String> schemas, List<String> exclude) {

    public DiffOptions {
        ignoreSchemas = ignoreSchemas == null ? List.of() : List.copyOf(ignoreSchemas);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public DiffOptions(boolean ignoreComments, boolean ignoreOwners, boolean ignoreColumnOrder, List<String> ignoreSchemas) {
        this(ignoreComments, ignoreOwners, ignoreColumnOrder, ignoreSchemas, List.of(), List.of());
    }

    public static DiffOptions defaults() {
        return new DiffOptions(false, false, false, List.of());
    }

    boolean ignoresSchema(String schema) {
        if (schema == null) {
            return false;
        }
        if (!schemas.isEmpty() && !matchesAny(schemas, schema)) {
            return true;
        }
        return matchesAny(ignoreSchemas, schema) || matchesAny(exclude, schema);
    }

    boolean ignoresObject(String schema, String name) {
        return ignoresSchema(schema) || schema != null && matchesAny(exclude, schema + "." + name);
    }

    private static boolean matchesAny(List<String> globs, String text) {
        for (String glob : globs) {
            if (globPattern(glob).matcher(text).matches()) {
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
