package io.schemadoc.analysis.body;

/**
 * One lexical token of a routine body. {@code text} is the exact source text; {@code start} its offset in the body;
 * {@code line} its 1-based line in the body; {@code spaceBefore} whether whitespace or a comment separated it from the
 * previous token (so a statement can be rebuilt without gluing {@code a} {@code b} into {@code ab}).
 */
record Token(Kind kind, String text, int start, int line, boolean spaceBefore) {

    enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A double-quoted identifier. */
        QUOTED_IDENT,
        /** A string constant: '…', E'…', B'…', X'…', U&'…', N'…'. */
        STRING,
        /** A dollar-quoted string constant. */
        DOLLAR_STRING,
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAM,
        /** An operator or punctuation: ( ) [ ] , ; . : := :: .. => and operator sequences. */
        OP
    }

    boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    /** Whether this is the unquoted word {@code keyword} (case-insensitive). */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENT;
    }

    /** The identifier as PostgreSQL folds it: unquoted lower-cased, quoted taken literally. */
    String identifier() {
        if (kind == Kind.QUOTED_IDENT) {
            String inner = text.startsWith("U&") || text.startsWith("u&") ? text.substring(2) : text;
            if (inner.length() >= 2 && inner.endsWith("\"")) {
                inner = inner.substring(1, inner.length() - 1);
            } else {
                inner = inner.substring(1);
            }
            return inner.replace("\"\"", "\"");
        }
        return Lexer.fold(text);
    }

    boolean isString() {
        return kind == Kind.STRING || kind == Kind.DOLLAR_STRING;
    }
}
