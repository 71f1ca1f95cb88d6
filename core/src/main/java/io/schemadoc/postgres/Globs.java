package io.schemadoc.postgres;

import java.util.List;

/**
 * Turns the user's globs ({@code *} any run of characters, {@code ?} one character, everything else literal)
 * into anchored PostgreSQL regular expressions, so the catalog queries filter with {@code ~ ANY (…)}.
 */
final class Globs {
    private Globs() {}

    static List<String> toRegexes(List<String> globs) {
        return globs.stream().map(Globs::toRegex).toList();
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder(glob.length() + 8).append('^');
        glob.codePoints().forEach(cp -> {
            if (cp == '*') {
                re.append(".*");
            } else if (cp == '?') {
                re.append('.');
            } else if (Character.isLetterOrDigit(cp) || cp == '_' || cp > 127) {
                re.appendCodePoint(cp);
            } else {
                // In PostgreSQL's ARE a backslash before a non-alphanumeric character makes it literal.
                re.append('\\').appendCodePoint(cp);
            }
        });
        return re.append('$').toString();
    }
}
