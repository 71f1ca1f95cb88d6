package io.schemadoc.output.diff;

import io.schemadoc.model.Names;

/** Identifiers and literals for the SQL draft: every name quoted as PostgreSQL needs, every string escaped. */
final class Sql {
    private Sql() {}

    static String ident(String name) {
        return Names.quoteIdent(name);
    }

    static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }

    /** A string literal that reads the same whatever {@code standard_conforming_strings} is. */
    static String literal(String s) {
        if (s == null) {
            return "NULL";
        }
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\\' && !control(c);
        }
        if (plain) {
            return "'" + s.replace("'", "''") + "'";
        }
        // E'' with control characters spelled out, so the draft never carries raw terminal escapes.
        StringBuilder b = new StringBuilder("E'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\'') {
                b.append("''");
            } else if (control(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }

    /** Control characters other than newline and tab, which literals and bodies keep as they are. */
    private static boolean control(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7f && c <= 0x9f;
    }

    /** A dollar-quoted body whose tag does not occur in the body. */
    static String dollarQuoted(String body) {
        String tag = "body";
        for (int n = 1; body.contains("$" + tag); n++) {
            tag = "body" + n;
        }
        return "$" + tag + "$" + body + "$" + tag + "$";
    }

    /** Text for a {@code --} comment: one line, so nothing from the schema can end the comment. */
    static String comment(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            b.append(c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return b.toString();
    }
}
