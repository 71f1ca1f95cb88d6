package io.schemadoc.postgres;

/**
 * Takes a trigger's WHEN condition out of {@code pg_get_triggerdef(oid, true)}. The condition cannot be deparsed on
 * its own ({@code pg_get_expr} rejects expressions over OLD and NEW), so this walks the definition token by token:
 * string literals and quoted identifiers are skipped whole, and the first bare {@code WHEN} at parenthesis depth 0
 * opens the condition, which ends at the matching parenthesis.
 */
final class TriggerWhen {
    private TriggerWhen() {}

    /** The condition without its enclosing parentheses, or null when the definition has no WHEN. */
    static String extract(String definition) {
        if (definition == null) {
            return null;
        }
        int depth = 0;
        int i = 0;
        int n = definition.length();
        while (i < n) {
            char c = definition.charAt(i);
            if (c == '\'') {
                i = skipQuoted(definition, i, '\'');
            } else if (c == '"') {
                i = skipQuoted(definition, i, '"');
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(definition.charAt(i)) || definition.charAt(i) == '_' || definition.charAt(i) == '$')) {
                    i++;
                }
                if (depth == 0 && definition.regionMatches(start, "WHEN", 0, 4) && i - start == 4) {
                    return condition(definition, i);
                }
            } else {
                i++;
            }
        }
        return null;
    }

    private static String condition(String def, int from) {
        int open = def.indexOf('(', from);
        if (open < 0) {
            return null;
        }
        int depth = 0;
        int i = open;
        while (i < def.length()) {
            char c = def.charAt(i);
            if (c == '\'') {
                i = skipQuoted(def, i, '\'');
                continue;
            }
            if (c == '"') {
                i = skipQuoted(def, i, '"');
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return def.substring(open + 1, i);
                }
            }
            i++;
        }
        return null;
    }

    /** Index after the closing quote; a doubled quote is part of the text. Backslashes in E'' strings are skipped too. */
    private static int skipQuoted(String s, int open, char quote) {
        boolean escapes = quote == '\'' && open > 0 && (s.charAt(open - 1) == 'E' || s.charAt(open - 1) == 'e');
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (escapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
