package io.schemadoc.output.diff;

/** Escaping of schema text for Markdown: in prose, in table cells, in code spans and in fenced blocks. */
final class Md {
    private Md() {}

    /** Text that Markdown must not interpret: punctuation escaped, HTML neutralised, one line. */
    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : oneLine(s).toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '~', '!', '{', '}' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A code span that shows {@code s} literally: the fence is one backtick longer than any run inside, and
     * {@code |} is escaped because GitHub splits table rows on it even inside code spans.
     */
    static String code(String s) {
        String line = oneLine(s).replace("|", "\\|");
        if (line.isEmpty()) {
            return "` `";
        }
        String fence = "`".repeat(longestRun(line, '`') + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ");
        return fence + (pad ? " " : "") + line + (pad ? " " : "") + fence;
    }

    /** A fence for a block holding {@code body}: longer than any backtick run in it, at least three. */
    static String fence(String body) {
        return "`".repeat(Math.max(3, longestRun(body, '`') + 1));
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            b.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return b.toString();
    }
}
