package io.schemadoc.output.markdown;

/**
 * Escaping for GitHub-flavoured Markdown: text from the schema must render as the same characters, start no
 * emphasis, link, HTML tag, math or block, and never end a table cell. Line breaks become {@code <br />}, as tbls does.
 */
public final class Md {
    private Md() {}

    /** Text for a table cell (or any inline position): one line, every Markdown meaning neutralized. */
    public static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    b.append("<br />");
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("<br />");
                case '\\', '|', '`', '*', '[', ']', '~', '$' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '&' -> b.append(i + 1 < n && (Character.isLetterOrDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '#') ? "&amp;" : "&");
                case '_' -> {
                    // Inside a word an underscore never starts emphasis on GitHub: keep user_id readable.
                    boolean inWord = i > 0 && i + 1 < n && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
                    b.append(inWord ? "_" : "\\_");
                }
                case '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A paragraph: as {@link #cell} (one line, breaks as {@code <br />}), and a first character that would
     * open a block (heading, quote, list, thematic break) escaped.
     */
    public static String paragraph(String s) {
        if (s == null) {
            return "";
        }
        String stripped = s.strip();
        String out = cell(stripped);
        if (out.isEmpty()) {
            return out;
        }
        char first = out.charAt(0);
        if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=') {
            return "\\" + out;
        }
        int k = 0;
        while (k < out.length() && Character.isDigit(out.charAt(k))) {
            k++;
        }
        if (k > 0 && k < out.length() && (out.charAt(k) == '.' || out.charAt(k) == ')')) {
            return out.substring(0, k) + "\\" + out.substring(k);
        }
        return out;
    }

    /** Heading text: as {@link #cell}, and every {@code #} escaped, since a trailing run would be read as the heading's closing sequence. */
    public static String heading(String s) {
        return cell(s).replace("#", "\\#");
    }

    /** A link whose target is a page name made by PageNames (only safe characters), with escaped text. */
    public static String link(String text, String target) {
        return "[" + cell(text) + "](" + target + ")";
    }

    /**
     * A fenced code block that no backtick run inside {@code code} can close: the fence is one longer than the
     * longest run (at least three).
     */
    public static String codeBlock(String language, String code) {
        String body = code == null ? "" : code.replace("\r\n", "\n").replace('\r', '\n');
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        StringBuilder b = new StringBuilder(body.length() + 32);
        b.append(fence).append(language).append('\n').append(body);
        if (!body.endsWith("\n")) {
            b.append('\n');
        }
        return b.append(fence).append('\n').toString();
    }
}
