package io.schemadoc.analysis.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts SQL or PL/pgSQL text into tokens the way PostgreSQL's scanner does, in one left-to-right pass (no regular
 * expressions, so the time is linear in the body's length). Comments ({@code --} and nested {@code /* *}{@code /})
 * are dropped; string constants (with their prefixes and escapes), dollar quotes with tags and quoted identifiers
 * become single tokens, so nothing inside them is ever taken for a statement. It never throws: an unterminated
 * constant or comment simply runs to the end of the text.
 */
final class Lexer {
    private final String s;
    private final int n;
    private int pos;
    private int line = 1;
    private boolean space;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String text) {
        this.s = text == null ? "" : text;
        this.n = s.length();
    }

    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.out;
    }

    /** PostgreSQL folds unquoted identifiers to lower case (ASCII only, as in its scanner). */
    static String fold(String word) {
        StringBuilder b = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(word);
                }
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b == null ? word : b.toString();
    }

    private void run() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                space = true;
            } else if (Character.isWhitespace(c)) {
                pos++;
                space = true;
            } else if (c == '-' && peek(1) == '-') {
                while (pos < n && s.charAt(pos) != '\n') {
                    pos++;
                }
                space = true;
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
                space = true;
            } else if (c == '\'') {
                quoted(pos, pos, '\'', false, Token.Kind.STRING);
            } else if (c == '"') {
                quoted(pos, pos, '"', false, Token.Kind.QUOTED_IDENT);
            } else if ((c == 'e' || c == 'E') && peek(1) == '\'') {
                quoted(pos, pos + 1, '\'', true, Token.Kind.STRING);
            } else if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && peek(1) == '\'') {
                quoted(pos, pos + 1, '\'', false, Token.Kind.STRING);
            } else if ((c == 'u' || c == 'U') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
                quoted(pos, pos + 2, peek(2), false, peek(2) == '"' ? Token.Kind.QUOTED_IDENT : Token.Kind.STRING);
            } else if (c == '$' && isDigit(peek(1))) {
                int start = pos++;
                while (pos < n && isDigit(s.charAt(pos))) {
                    pos++;
                }
                emit(Token.Kind.PARAM, start);
            } else if (c == '$' && dollarTagEnd(pos) > 0) {
                dollarQuoted();
            } else if (isIdentStart(c)) {
                int start = pos++;
                while (pos < n && isIdentPart(s.charAt(pos))) {
                    pos++;
                }
                emit(Token.Kind.WORD, start);
            } else if (isDigit(c) || c == '.' && isDigit(peek(1))) {
                number();
            } else {
                operator();
            }
        }
    }

    private char peek(int k) {
        return pos + k < n ? s.charAt(pos + k) : '\0';
    }

    private void emit(Token.Kind kind, int start) {
        emit(kind, start, line);
    }

    /** {@code startLine}: the line where the token began (a constant may span lines). */
    private void emit(Token.Kind kind, int start, int startLine) {
        out.add(new Token(kind, s.substring(start, pos), start, startLine, space));
        space = false;
    }

    private void blockComment() {
        int depth = 0;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
    }

    /** A constant or identifier delimited by {@code quote}, doubled to escape; backslash escapes too when {@code backslash}. */
    private void quoted(int start, int quoteAt, char quote, boolean backslash, Token.Kind kind) {
        int startLine = line;
        pos = quoteAt + 1;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslash && c == '\\' && pos + 1 < n) {
                if (s.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    break;
                }
            } else {
                pos++;
            }
        }
        emit(kind, start, startLine);
    }

    /** If a dollar-quote tag ($$ or $tag$) starts at {@code at}, the offset just past it; else -1. */
    private int dollarTagEnd(int at) {
        int i = at + 1;
        if (i < n && s.charAt(i) == '$') {
            return i + 1;
        }
        if (i >= n || !isIdentStart(s.charAt(i))) {
            return -1;
        }
        i++;
        while (i < n && s.charAt(i) != '$') {
            char c = s.charAt(i);
            if (!(isIdentStart(c) || isDigit(c))) {
                return -1;
            }
            i++;
        }
        return i < n ? i + 1 : -1;
    }

    private void dollarQuoted() {
        int startLine = line;
        int start = pos;
        int tagEnd = dollarTagEnd(pos);
        String tag = s.substring(pos, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        int end = close < 0 ? n : close + tag.length();
        for (int i = pos; i < end; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
        emit(Token.Kind.DOLLAR_STRING, start, startLine);
    }

    private void number() {
        int start = pos;
        while (pos < n && (isDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        // "1..10" in a FOR loop is 1, .., 10: a dot followed by a dot is not a decimal point.
        if (pos < n && s.charAt(pos) == '.' && peek(1) != '.') {
            pos++;
            while (pos < n && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')
            && (isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && isDigit(peek(2)))) {
            pos += 2;
            while (pos < n && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        emit(Token.Kind.NUMBER, start);
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private void operator() {
        int start = pos;
        char c = s.charAt(pos);
        String two = pos + 1 < n ? s.substring(pos, pos + 2) : "";
        if (two.equals(":=") || two.equals("::") || two.equals("..") || two.equals("=>") && !continuesOperator(pos + 2)) {
            pos += 2;
            emit(Token.Kind.OP, start);
            return;
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            pos++;
            // An operator runs on, but "--" or "/*" inside it starts a comment, as in PostgreSQL.
            while (pos < n && OPERATOR_CHARS.indexOf(s.charAt(pos)) >= 0
                && !(s.charAt(pos) == '-' && peek(1) == '-') && !(s.charAt(pos) == '/' && peek(1) == '*')) {
                pos++;
            }
            emit(Token.Kind.OP, start);
            return;
        }
        pos++;
        emit(Token.Kind.OP, start);
    }

    private boolean continuesOperator(int at) {
        return at < n && OPERATOR_CHARS.indexOf(s.charAt(at)) >= 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128 && Character.isLetter(c);
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$' || c >= 128 && Character.isLetterOrDigit(c);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
