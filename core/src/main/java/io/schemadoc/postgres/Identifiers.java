package io.schemadoc.postgres;

import java.util.List;
import java.util.Set;

/**
 * Quotes names as the server's {@code quote_identifier} does, so that text the reader writes itself reads exactly as
 * text the server would have written: bare when the name is lower-case letters, digits and underscores, starts with a
 * letter or underscore, and is no keyword other than an unreserved one; otherwise in double quotes, with inner double
 * quotes doubled. The keywords come from the server ({@code pg_get_keywords()}), so every version quotes its own;
 * {@code quote_all_identifiers} quotes everything, as it does on the server.
 *
 * <p>Not {@code Names.quoteIdent}, on purpose: that one writes SQL that merely has to be valid (it leaves {@code $}
 * bare and knows only the reserved words), this one has to reproduce the server's text to the byte.
 */
final class Identifiers {
    private final Set<String> quotedKeywords;
    private final boolean quoteAll;

    Identifiers(List<String> quotedKeywords, boolean quoteAll) {
        this.quotedKeywords = Set.copyOf(quotedKeywords);
        this.quoteAll = quoteAll;
    }

    String quote(String name) {
        if (!quoteAll && bare(name) && !quotedKeywords.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static boolean bare(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
