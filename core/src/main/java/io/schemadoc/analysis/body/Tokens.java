package io.schemadoc.analysis.body;

import java.util.List;

/** Small helpers over token lists: depth-aware searches and joining back to text. */
final class Tokens {
    private Tokens() {}

    static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0 && t.spaceBefore()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    static boolean opens(Token t) {
        return t.is("(") || t.is("[");
    }

    static boolean closes(Token t) {
        return t.is(")") || t.is("]");
    }

    /**
     * The index of the first word in {@code words} at bracket depth 0 from {@code from}, skipping {@code CASE … END}
     * expressions (their WHEN/THEN/ELSE are not the ones we look for); -1 if none.
     */
    static int findWord(List<Token> tokens, int from, String... words) {
        int depth = 0;
        int cases = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (opens(t)) {
                depth++;
            } else if (closes(t)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.kind() == Token.Kind.WORD) {
                if (cases == 0) {
                    for (String w : words) {
                        if (t.isWord(w)) {
                            return i;
                        }
                    }
                }
                if (t.isWord("case")) {
                    cases++;
                } else if (t.isWord("end") && cases > 0) {
                    cases--;
                }
            }
        }
        return -1;
    }

    /** The index of the first operator {@code op} at bracket depth 0 from {@code from}; -1 if none. */
    static int findOp(List<Token> tokens, int from, String op) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (opens(t)) {
                depth++;
            } else if (closes(t)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.is(op)) {
                return i;
            }
        }
        return -1;
    }

    static boolean wordAt(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
    }

    /**
     * Splits at {@code ;}. Outside constants a semicolon can only end a statement (neither SQL nor PL/pgSQL allows
     * one inside brackets), so an unbalanced bracket in a broken body cannot swallow the rest. Empty chunks are dropped.
     */
    static List<List<Token>> statements(List<Token> tokens) {
        List<List<Token>> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(";")) {
                if (i > start) {
                    out.add(tokens.subList(start, i));
                }
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            out.add(tokens.subList(start, tokens.size()));
        }
        return out;
    }
}
