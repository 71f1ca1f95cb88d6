package io.schemadoc.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How GitHub reads the Markdown we write, modelled for tests: splitting table rows on unescaped pipes,
 * undoing the escapes of {@code Md.cell}, finding link targets and Mermaid blocks.
 */
public final class MarkdownText {
    private MarkdownText() {}

    /** The cells of a table row line ({@code | a | b |}), still escaped. */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String body = line.strip();
        if (!body.startsWith("|") || !body.endsWith("|")) {
            throw new IllegalArgumentException("not a table row: " + line);
        }
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                cur.append(c).append(body.charAt(++i));
            } else if (c == '|') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        return out;
    }

    /** The text GitHub shows for an escaped cell: backslash escapes, entities and line breaks undone. */
    public static String unescape(String cell) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && isPunct(cell.charAt(i + 1))) {
                b.append(cell.charAt(++i));
            } else if (cell.startsWith("<br />", i)) {
                b.append('\n');
                i += 5;
            } else if (cell.startsWith("&lt;", i)) {
                b.append('<');
                i += 3;
            } else if (cell.startsWith("&amp;", i)) {
                b.append('&');
                i += 4;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isPunct(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\]\\(([^)\\s]*)\\)");

    /** Link targets of inline links. */
    public static List<String> links(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Bodies of ```mermaid blocks. */
    public static List<String> mermaidBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = markdown.indexOf("```mermaid\n", i)) >= 0) {
            int end = markdown.indexOf("\n```\n", i);
            out.add(markdown.substring(i + "```mermaid\n".length(), end + 1));
            i = end;
        }
        return out;
    }

    /** Groups of consecutive table lines (header, separator, rows). */
    public static List<List<String>> tables(String markdown) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = null;
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("|")) {
                if (cur == null) {
                    cur = new ArrayList<>();
                    out.add(cur);
                }
                cur.add(line);
            } else {
                cur = null;
            }
        }
        return out;
    }
}
