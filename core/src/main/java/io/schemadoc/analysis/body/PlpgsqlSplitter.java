package io.schemadoc.analysis.body;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the block structure of a PL/pgSQL body and hands out the SQL inside it as {@link Piece}s.
 *
 * <p>Every PL/pgSQL statement ends with a semicolon, so the body is first cut at semicolons; each chunk then starts
 * with zero or more control-structure prefixes ({@code <<label>>}, DECLARE, BEGIN, EXCEPTION, {@code IF cond THEN},
 * {@code ELSIF cond THEN}, ELSE, {@code CASE x WHEN v THEN}, {@code WHILE cond LOOP}, {@code FOR r IN query LOOP},
 * FOREACH, LOOP) which are peeled off, their conditions and queries becoming pieces of their own, until a plain
 * statement is left. PL/pgSQL-only clauses ({@code INTO [STRICT] targets}) are removed from SQL statements before
 * they reach the SQL parser. Declared variables, loop records, NEW and OLD are collected so that analysis never
 * mistakes them for tables.
 */
final class PlpgsqlSplitter {

    private final List<Piece> pieces = new ArrayList<>();
    private final Set<String> variables = new LinkedHashSet<>(List.of("new", "old"));
    private final Set<String> newColumns = new LinkedHashSet<>();
    /** Open blocks and CASE statements: true for a block whose EXCEPTION section has started, null for a CASE. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean declaring;

    private enum Frame { BLOCK, HANDLERS, CASE }

    /** {@code newColumns}: columns a trigger function assigns on NEW ({@code NEW.updated_at := now()}), in body order. */
    record Result(List<Piece> pieces, Set<String> variables, List<String> newColumns) {}

    static Result split(List<Token> tokens) {
        PlpgsqlSplitter s = new PlpgsqlSplitter();
        for (List<Token> chunk : Tokens.statements(tokens)) {
            s.chunk(chunk);
        }
        return new Result(s.pieces, s.variables, List.copyOf(s.newColumns));
    }

    private void chunk(List<Token> t) {
        int i = 0;
        int n = t.size();
        while (i < n) {
            Token first = t.get(i);
            if (first.is("<<")) {
                int close = i + 1;
                while (close < n && !t.get(close).is(">>")) {
                    close++;
                }
                i = close + 1;
                continue;
            }
            if (first.kind() != Token.Kind.WORD) {
                statement(t.subList(i, n));
                return;
            }
            String kw = Lexer.fold(first.text());
            if (declaring && !kw.equals("begin") && !kw.equals("declare")) {
                declaration(t.subList(i, n));
                return;
            }
            switch (kw) {
                case "declare" -> {
                    declaring = true;
                    i++;
                }
                case "begin" -> {
                    declaring = false;
                    frames.push(Frame.BLOCK);
                    i++;
                }
                case "exception" -> {
                    if (!frames.isEmpty() && frames.peek() == Frame.BLOCK) {
                        frames.pop();
                        frames.push(Frame.HANDLERS);
                    }
                    i++;
                }
                case "when" -> {
                    int then = Tokens.findWord(t, i + 1, "then");
                    int end = then < 0 ? n : then;
                    if (frames.peek() == Frame.CASE) {
                        expression(t.subList(i + 1, end), "CASE WHEN");
                    }
                    // Exception conditions (unique_violation, SQLSTATE '23505') name errors, not data.
                    i = end + 1;
                }
                case "if", "elsif", "elseif" -> {
                    int then = Tokens.findWord(t, i + 1, "then");
                    int end = then < 0 ? n : then;
                    expression(t.subList(i + 1, end), "IF");
                    i = end + 1;
                }
                case "while" -> {
                    int loop = Tokens.findWord(t, i + 1, "loop");
                    int end = loop < 0 ? n : loop;
                    expression(t.subList(i + 1, end), "WHILE");
                    i = end + 1;
                }
                case "else", "loop" -> i++;
                case "case" -> {
                    frames.push(Frame.CASE);
                    int when = Tokens.findWord(t, i + 1, "when");
                    int end = when < 0 ? n : when;
                    if (end > i + 1) {
                        expression(t.subList(i + 1, end), "CASE");
                    }
                    i = end;
                }
                case "for" -> i = forLoop(t, i);
                case "foreach" -> {
                    int array = Tokens.findWord(t, i + 1, "array");
                    int loop = Tokens.findWord(t, i + 1, "loop");
                    int targetEnd = Tokens.findWord(t, i + 1, "in", "slice");
                    addVariables(t, i + 1, targetEnd < 0 ? i + 1 : targetEnd);
                    int end = loop < 0 ? n : loop;
                    if (array >= 0 && array + 1 < end) {
                        expression(t.subList(array + 1, end), "FOREACH");
                    }
                    i = end + 1;
                }
                case "end" -> {
                    endOf(t, i);
                    return;
                }
                default -> {
                    simple(t.subList(i, n), kw);
                    return;
                }
            }
        }
    }

    private void endOf(List<Token> t, int i) {
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        if (next != null && (next.isWord("if") || next.isWord("loop"))) {
            return;
        }
        if (next != null && next.isWord("case")) {
            popUntil(Frame.CASE);
            return;
        }
        // END of a block (perhaps with a label): close the innermost block, and any CASE left open by a broken body.
        while (!frames.isEmpty()) {
            Frame f = frames.pop();
            if (f != Frame.CASE) {
                break;
            }
        }
    }

    private void popUntil(Frame wanted) {
        while (!frames.isEmpty()) {
            if (frames.pop() == wanted) {
                return;
            }
        }
    }

    /** FOR target IN [REVERSE] (query | EXECUTE expr | cursor(args) | a .. b [BY c]) LOOP. Returns the index after LOOP. */
    private int forLoop(List<Token> t, int i) {
        int n = t.size();
        int in = Tokens.findWord(t, i + 1, "in");
        int loop = Tokens.findWord(t, i + 1, "loop");
        int end = loop < 0 ? n : loop;
        if (in < 0 || in > end) {
            return end + 1;
        }
        addVariables(t, i + 1, in);
        int from = in + 1;
        if (Tokens.wordAt(t, from, "reverse")) {
            from++;
        }
        if (from >= end) {
            return end + 1;
        }
        List<Token> source = t.subList(from, end);
        Token head = source.get(0);
        if (head.isWord("execute")) {
            dynamic(source.subList(1, source.size()), head.line());
        } else if (startsQuery(source)) {
            sql(source, "FOR … IN");
        } else {
            int dots = Tokens.findOp(source, 0, "..");
            if (dots >= 0) {
                expression(source.subList(0, dots), "FOR");
                int by = Tokens.findWord(source, dots + 1, "by");
                expression(source.subList(dots + 1, by < 0 ? source.size() : by), "FOR");
                if (by >= 0) {
                    expression(source.subList(by + 1, source.size()), "FOR");
                }
            } else {
                // A bound cursor with arguments: the arguments are expressions.
                int open = Tokens.findOp(source, 0, "(");
                if (open >= 0 && source.get(source.size() - 1).is(")")) {
                    expression(source.subList(open + 1, source.size() - 1), "FOR");
                }
            }
        }
        return end + 1;
    }

    private static boolean startsQuery(List<Token> t) {
        int i = 0;
        while (i < t.size() && t.get(i).is("(")) {
            i++;
        }
        return i < t.size() && (t.get(i).isWord("select") || t.get(i).isWord("with") || t.get(i).isWord("values")
            || t.get(i).isWord("table") || t.get(i).isWord("insert") || t.get(i).isWord("update") || t.get(i).isWord("delete")
            || t.get(i).isWord("merge"));
    }

    private void addVariables(List<Token> t, int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            if (t.get(k).isIdentifier()) {
                variables.add(t.get(k).identifier());
            }
        }
    }

    /** A chunk with no control prefix left. */
    private void simple(List<Token> t, String kw) {
        int n = t.size();
        int line = t.get(0).line();
        switch (kw) {
            case "return" -> {
                if (Tokens.wordAt(t, 1, "query")) {
                    if (Tokens.wordAt(t, 2, "execute")) {
                        dynamic(t.subList(3, n), line);
                    } else {
                        sql(t.subList(2, n), "RETURN QUERY");
                    }
                } else if (Tokens.wordAt(t, 1, "next")) {
                    expression(t.subList(2, n), "RETURN NEXT");
                } else {
                    expression(t.subList(1, n), "RETURN");
                }
            }
            case "perform" -> {
                List<Token> rewritten = new ArrayList<>(n);
                Token p = t.get(0);
                rewritten.add(new Token(Token.Kind.WORD, "SELECT", p.start(), p.line(), p.spaceBefore()));
                rewritten.addAll(t.subList(1, n));
                sql(rewritten, "PERFORM");
            }
            case "execute" -> dynamic(t.subList(1, n), line);
            case "open" -> {
                int forAt = Tokens.findWord(t, 1, "for");
                if (forAt < 0) {
                    int open = Tokens.findOp(t, 1, "(");
                    if (open >= 0 && t.get(n - 1).is(")")) {
                        expression(t.subList(open + 1, n - 1), "OPEN");
                    }
                } else if (Tokens.wordAt(t, forAt + 1, "execute")) {
                    dynamic(t.subList(forAt + 2, n), line);
                } else {
                    sql(t.subList(forAt + 1, n), "OPEN … FOR");
                }
            }
            case "call" -> {
                if (n > 1) {
                    pieces.add(new Piece(Piece.Kind.EXPRESSION, t.subList(1, n), line, "CALL"));
                }
            }
            case "raise", "assert" -> pieces.add(new Piece(Piece.Kind.CALL_SCAN, t.subList(1, n), line, kw.toUpperCase(java.util.Locale.ROOT)));
            case "exit", "continue" -> {
                int when = Tokens.findWord(t, 1, "when");
                if (when >= 0) {
                    expression(t.subList(when + 1, n), "EXIT WHEN");
                }
            }
            case "get", "fetch", "move", "close", "null", "commit", "rollback", "savepoint", "release" -> {
                // Control of the routine itself: nothing read, written or called.
            }
            default -> statement(t);
        }
    }

    /** {@code name [CONSTANT] type [NOT NULL] [:= | = | DEFAULT expr]}, {@code name ALIAS FOR $1}, or a cursor. */
    private void declaration(List<Token> t) {
        int n = t.size();
        if (t.get(0).isIdentifier()) {
            variables.add(t.get(0).identifier());
        }
        int cursor = Tokens.findWord(t, 1, "cursor");
        if (cursor >= 0) {
            int forAt = Tokens.findWord(t, cursor + 1, "for", "is");
            if (forAt >= 0) {
                sql(t.subList(forAt + 1, n), "CURSOR");
            }
            return;
        }
        int assign = Tokens.findOp(t, 1, ":=");
        if (assign < 0) {
            assign = Tokens.findOp(t, 1, "=");
        }
        if (assign < 0) {
            assign = Tokens.findWord(t, 1, "default");
        }
        if (assign >= 0 && assign + 1 < n) {
            expression(t.subList(assign + 1, n), "DECLARE");
        }
    }

    /** A plain statement: an assignment, or SQL. */
    private void statement(List<Token> t) {
        int assign = assignment(t);
        if (assign >= 0) {
            if (assign >= 3 && t.get(0).isWord("new") && t.get(1).is(".") && t.get(2).isIdentifier()) {
                newColumns.add(t.get(2).identifier());
            }
            expression(t.subList(assign + 1, t.size()), "assignment");
        } else {
            sql(t, null);
        }
    }

    /** If the chunk is {@code target := expr} (or {@code =}), the index of the operator; else -1. */
    private static int assignment(List<Token> t) {
        int i = 0;
        if (!t.get(0).isIdentifier() && t.get(0).kind() != Token.Kind.PARAM) {
            return -1;
        }
        i++;
        while (i < t.size()) {
            Token k = t.get(i);
            if (k.is(":=") || k.is("=")) {
                return i;
            }
            if (k.is(".") && i + 1 < t.size() && (t.get(i + 1).isIdentifier() || t.get(i + 1).is("*"))) {
                i += 2;
            } else if (k.is("[")) {
                int close = Tokens.findOp(t, i + 1, "]");
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private void expression(List<Token> t, String via) {
        if (!t.isEmpty()) {
            pieces.add(new Piece(Piece.Kind.EXPRESSION, t, t.get(0).line(), via));
        }
    }

    private void dynamic(List<Token> t, int line) {
        // EXECUTE expr [INTO [STRICT] targets] [USING args]: the expression is the SQL text; args are expressions.
        int into = Tokens.findWord(t, 0, "into");
        int using = Tokens.findWord(t, 0, "using");
        int end = t.size();
        if (into >= 0) {
            end = Math.min(end, into);
        }
        if (using >= 0) {
            end = Math.min(end, using);
        }
        List<Token> text = t.subList(0, end);
        pieces.add(new Piece(Piece.Kind.DYNAMIC, text, line, "EXECUTE"));
        if (!text.isEmpty()) {
            pieces.add(new Piece(Piece.Kind.CALL_SCAN, text, line, "EXECUTE"));
        }
        if (using >= 0 && using + 1 < t.size()) {
            int usingEnd = into > using ? into : t.size();
            pieces.add(new Piece(Piece.Kind.CALL_SCAN, t.subList(using + 1, usingEnd), line, "EXECUTE … USING"));
        }
    }

    private void sql(List<Token> t, String via) {
        if (!t.isEmpty()) {
            pieces.add(new Piece(Piece.Kind.SQL, stripInto(t), t.get(0).line(), via));
        }
    }

    /**
     * Removes PL/pgSQL's {@code INTO [STRICT] target [, target …]} (after a SELECT list or a RETURNING list);
     * {@code INSERT INTO} and {@code MERGE INTO} are SQL and stay.
     */
    static List<Token> stripInto(List<Token> t) {
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (Tokens.opens(k)) {
                depth++;
            } else if (Tokens.closes(k)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && k.isWord("into") && !(i > 0 && (t.get(i - 1).isWord("insert") || t.get(i - 1).isWord("merge")))) {
                int j = i + 1;
                if (Tokens.wordAt(t, j, "strict")) {
                    j++;
                }
                j = skipTarget(t, j);
                while (j < t.size() && t.get(j).is(",")) {
                    j = skipTarget(t, j + 1);
                }
                List<Token> out = new ArrayList<>(t.size());
                out.addAll(t.subList(0, i));
                out.addAll(t.subList(Math.min(j, t.size()), t.size()));
                return out;
            }
        }
        return t;
    }

    private static int skipTarget(List<Token> t, int j) {
        if (j < t.size() && (t.get(j).isIdentifier() || t.get(j).kind() == Token.Kind.PARAM)) {
            j++;
            while (j + 1 < t.size() && t.get(j).is(".") && t.get(j + 1).isIdentifier()) {
                j += 2;
            }
        }
        return j;
    }
}
