package io.schemadoc.output.html;

/**
 * Escaping for the contexts the site writes schema text into. Everything from the schema goes through one
 * of these: {@link #text} for element content and quoted attribute values, {@link #jsString} for JavaScript.
 */
public final class Html {
    private Html() {}

    /**
     * Escapes for HTML text and double- or single-quoted attribute values. Control characters other than tab and
     * line ends, and lone surrogates, become U+FFFD so that no byte sequence from the catalog can confuse a parser.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                    rep = "\uFFFD";
                } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                } else if (Character.isSurrogate(c)) {
                    rep = "\uFFFD";
                }
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * A JavaScript string literal (double-quoted) that is safe inside a script file and even inside an HTML
     * script element: {@code <}, {@code >}, {@code &}, quotes, backslashes, line terminators including
     * U+2028/U+2029, and lone surrogates are all written as {@code \\uXXXX} or short escapes.
     */
    public static String jsString(String s) {
        StringBuilder sb = new StringBuilder(s == null ? 2 : s.length() + 2);
        sb.append('"');
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            sb.append(c).append(s.charAt(++i));
                        } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029
                            || c == 0x7f || Character.isSurrogate(c)) {
                            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) (Character.isSurrogate(c) ? 0xFFFD : c)));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The {@code ~XX} form of a name, for element ids and URL fragments: only letters, digits, {@code _ - ~}. */
    public static String id(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('~').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}
