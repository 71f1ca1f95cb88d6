package io.schemadoc.analysis.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The token-level reading used when JSqlParser cannot parse a statement: one pass over the tokens, looking at each
 * token and its neighbours only (linear time). Finds write targets, FROM/JOIN reads and calls {@code name(}. It is a
 * fallback: what it finds is resolved against the schema afterwards, so a word that is no table or routine drops out.
 */
final class FallbackScan {

    enum Kind { WRITE, READ, CALL }

    record Found(Kind kind, List<String> parts, Operation operation, List<String> columns, String via, int argCount) {}

    /** Words followed by "(" that are syntax, not calls. */
    private static final Set<String> NOT_CALLS = Set.of(
        "values", "in", "exists", "any", "all", "some", "as", "on", "using", "and", "or", "not", "when", "then", "else",
        "where", "select", "from", "join", "array", "row", "cast", "coalesce", "nullif", "greatest", "least", "filter",
        "over", "partition", "within", "lateral", "returning", "set", "into", "conflict", "by", "with", "table", "only",
        "if", "while", "case", "return", "query", "next", "perform", "execute", "call", "default", "check", "unique",
        "primary", "key", "references", "extract", "substring", "trim", "overlay", "position", "is", "like", "ilike",
        "similar", "between", "update", "delete", "insert", "merge", "distinct", "limit", "offset", "group", "order",
        "having", "union", "except", "intersect", "rows", "range", "groups", "tablesample", "do", "raise", "assert",
        "format", "for", "elsif", "loop", "exception", "interval", "varchar", "char", "character", "numeric", "decimal",
        "timestamp", "time", "bit", "float", "double", "precision", "varying", "materialized", "recursive", "cube", "rollup");

    private final List<Token> t;
    private final Set<String> variables;
    private final Set<String> cteNames = new HashSet<>();
    private final List<Found> out = new ArrayList<>();

    FallbackScan(List<Token> tokens, Set<String> variables) {
        this.t = tokens;
        this.variables = variables;
    }

    List<Found> scan() {
        collectCteNames();
        List<String> insertParts = null;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.kind() != Token.Kind.WORD && k.kind() != Token.Kind.QUOTED_IDENT) {
                continue;
            }
            if (k.isWord("insert") && wordAt(i + 1, "into")) {
                int[] end = new int[1];
                List<String> parts = name(i + 2, end);
                if (!parts.isEmpty()) {
                    List<String> cols = t.size() > end[0] && t.get(end[0]).is("(") ? identifierList(end[0] + 1) : List.of();
                    write(parts, Operation.INSERT, cols, null);
                    insertParts = parts;
                    i = end[0] - 1;
                }
            } else if (k.isWord("update") && !wordAt(i - 1, "for") && !wordAt(i - 1, "key")) {
                if (wordAt(i - 1, "do") && wordAt(i + 1, "set")) {
                    if (insertParts != null) {
                        write(insertParts, Operation.UPDATE, setColumns(i + 2), "ON CONFLICT DO UPDATE");
                    }
                    continue;
                }
                if (wordAt(i - 1, "then") && wordAt(i + 1, "set")) {
                    // MERGE … WHEN MATCHED THEN UPDATE SET: the target was recorded as MERGE already.
                    continue;
                }
                int at = wordAt(i + 1, "only") ? i + 2 : i + 1;
                int[] end = new int[1];
                List<String> parts = name(at, end);
                if (!parts.isEmpty()) {
                    int set = findSet(end[0]);
                    write(parts, Operation.UPDATE, set < 0 ? List.of() : setColumns(set + 1), null);
                }
            } else if (k.isWord("delete") && wordAt(i + 1, "from")) {
                int at = wordAt(i + 2, "only") ? i + 3 : i + 2;
                int[] end = new int[1];
                List<String> parts = name(at, end);
                if (!parts.isEmpty()) {
                    write(parts, Operation.DELETE, List.of(), null);
                    i = end[0] - 1;
                }
            } else if (k.isWord("merge") && wordAt(i + 1, "into")) {
                int at = wordAt(i + 2, "only") ? i + 3 : i + 2;
                int[] end = new int[1];
                List<String> parts = name(at, end);
                if (!parts.isEmpty()) {
                    write(parts, Operation.MERGE, List.of(), "MERGE");
                    i = end[0] - 1;
                }
            } else if (k.isWord("truncate")) {
                int at = i + 1;
                if (wordAt(at, "table")) {
                    at++;
                }
                while (at < n) {
                    if (wordAt(at, "only")) {
                        at++;
                    }
                    int[] end = new int[1];
                    List<String> parts = name(at, end);
                    if (parts.isEmpty()) {
                        break;
                    }
                    write(parts, Operation.TRUNCATE, List.of(), null);
                    at = end[0];
                    if (at < n && t.get(at).is("*")) {
                        at++;
                    }
                    if (at < n && t.get(at).is(",")) {
                        at++;
                    } else {
                        break;
                    }
                }
                i = at - 1;
            } else if ((k.isWord("from") || k.isWord("join") || k.isWord("using")) && !readExcluded(i)) {
                int at = wordAt(i + 1, "only") ? i + 2 : i + 1;
                int[] end = new int[1];
                List<String> parts = name(at, end);
                if (!parts.isEmpty() && !(end[0] < n && t.get(end[0]).is("("))) {
                    read(parts);
                }
            } else if (isNameStart(i) && !(i > 0 && t.get(i - 1).is("."))) {
                int[] end = new int[1];
                List<String> parts = name(i, end);
                if (!parts.isEmpty() && end[0] < n && t.get(end[0]).is("(") && isCall(i, parts)) {
                    out.add(new Found(Kind.CALL, parts, null, List.of(), null, argCount(end[0])));
                }
            }
        }
        return out;
    }

    private boolean isNameStart(int i) {
        Token k = t.get(i);
        return k.kind() == Token.Kind.WORD || k.kind() == Token.Kind.QUOTED_IDENT;
    }

    private boolean isCall(int i, List<String> parts) {
        if (parts.size() == 1 && t.get(i).kind() == Token.Kind.WORD && NOT_CALLS.contains(parts.get(0))) {
            return false;
        }
        // INSERT INTO t (cols), WITH x (cols) AS, REFERENCES t (cols), CREATE TABLE t ( … ): a name, then columns.
        return !(wordAt(i - 1, "into") || wordAt(i - 1, "table") || wordAt(i - 1, "only") || wordAt(i - 1, "references")
            || wordAt(i - 1, "with") || wordAt(i - 1, "recursive") || wordAt(i - 1, "exists") && wordAt(i - 2, "not"));
    }

    private boolean readExcluded(int i) {
        // IS DISTINCT FROM; DELETE FROM (a target); EXTRACT(x FROM y), SUBSTRING(x FROM 1), TRIM(BOTH FROM x).
        if (wordAt(i - 1, "distinct") || wordAt(i - 1, "delete") || t.get(i).isWord("using") && !usingTable(i)) {
            return true;
        }
        int depth = 0;
        for (int j = i - 1; j >= 0 && j >= i - 64; j--) {
            Token k = t.get(j);
            if (Tokens.closes(k)) {
                depth++;
            } else if (Tokens.opens(k)) {
                if (depth == 0) {
                    return j > 0 && (t.get(j - 1).isWord("extract") || t.get(j - 1).isWord("substring") || t.get(j - 1).isWord("trim")
                        || t.get(j - 1).isWord("overlay") || t.get(j - 1).isWord("position") || t.get(j - 1).isWord("normalize"));
                }
                depth--;
            }
        }
        return false;
    }

    /** USING names a table after DELETE … USING or MERGE … USING, not in JOIN … USING (cols). */
    private boolean usingTable(int i) {
        return !(i + 1 < t.size() && t.get(i + 1).is("("));
    }

    private void write(List<String> parts, Operation op, List<String> cols, String via) {
        if (parts.size() == 1 && (variables.contains(parts.get(0)) || cteNames.contains(parts.get(0)))) {
            return;
        }
        out.add(new Found(Kind.WRITE, parts, op, cols, via, -1));
    }

    private void read(List<String> parts) {
        if (parts.size() == 1 && (variables.contains(parts.get(0)) || cteNames.contains(parts.get(0)))) {
            return;
        }
        out.add(new Found(Kind.READ, parts, null, List.of(), null, -1));
    }

    private void collectCteNames() {
        for (int i = 0; i + 1 < t.size(); i++) {
            if ((t.get(i).isWord("with") || t.get(i).isWord("recursive") || t.get(i).is(",")) && t.get(i + 1).isIdentifier()) {
                int j = i + 2;
                if (j < t.size() && t.get(j).is("(")) {
                    int close = Tokens.findOp(t, j + 1, ")");
                    j = close < 0 ? t.size() : close + 1;
                }
                if (wordAt(j, "as")) {
                    cteNames.add(t.get(i + 1).identifier());
                }
            }
        }
    }

    private boolean wordAt(int i, String word) {
        return Tokens.wordAt(t, i, word);
    }

    /** A possibly qualified name at {@code i}; {@code end[0]} receives the index after it. Empty if none. */
    private List<String> name(int i, int[] end) {
        List<String> parts = new ArrayList<>();
        int j = i;
        while (j < t.size() && t.get(j).isIdentifier()) {
            parts.add(t.get(j).identifier());
            j++;
            if (j + 1 < t.size() && t.get(j).is(".") && t.get(j + 1).isIdentifier()) {
                j++;
            } else {
                break;
            }
        }
        end[0] = j;
        if (parts.size() == 1 && t.get(i).kind() == Token.Kind.WORD && NOT_CALLS.contains(parts.get(0))
            && !t.get(i).isWord("format")) {
            return List.of();
        }
        return parts;
    }

    private List<String> identifierList(int from) {
        List<String> cols = new ArrayList<>();
        for (int j = from; j < t.size() && !t.get(j).is(")"); j++) {
            if (t.get(j).isIdentifier() && (t.get(j + 1 < t.size() ? j + 1 : j).is(",") || j + 1 < t.size() && t.get(j + 1).is(")"))) {
                cols.add(t.get(j).identifier());
            }
        }
        return cols;
    }

    private int findSet(int from) {
        for (int j = from; j < t.size() && j < from + 4; j++) {
            if (t.get(j).isWord("set")) {
                return j;
            }
        }
        return -1;
    }

    /** {@code a = …, (b, c) = …} up to FROM / WHERE / RETURNING at depth 0. */
    private List<String> setColumns(int from) {
        List<String> cols = new ArrayList<>();
        int j = from;
        while (j < t.size()) {
            if (t.get(j).is("(")) {
                int close = Tokens.findOp(t, j + 1, ")");
                int stop = close < 0 ? t.size() : close;
                for (int k = j + 1; k < stop; k++) {
                    if (t.get(k).isIdentifier()) {
                        cols.add(t.get(k).identifier());
                    }
                }
                j = stop + 1;
            } else if (t.get(j).isIdentifier()) {
                cols.add(t.get(j).identifier());
                j++;
            } else {
                break;
            }
            // Skip to the next top-level comma, or stop at the end of the SET list.
            int depth = 0;
            while (j < t.size()) {
                Token k = t.get(j);
                if (Tokens.opens(k)) {
                    depth++;
                } else if (Tokens.closes(k)) {
                    if (depth == 0) {
                        return cols;
                    }
                    depth--;
                } else if (depth == 0 && (k.isWord("from") || k.isWord("where") || k.isWord("returning") || k.isWord("when"))) {
                    return cols;
                } else if (depth == 0 && k.is(",")) {
                    j++;
                    break;
                }
                j++;
            }
        }
        return cols;
    }

    /** Top-level commas inside the parentheses opening at {@code open}, plus one; 0 for "()". */
    private int argCount(int open) {
        int depth = 0;
        int commas = 0;
        boolean any = false;
        for (int j = open + 1; j < t.size(); j++) {
            Token k = t.get(j);
            if (Tokens.opens(k)) {
                depth++;
                any = true;
            } else if (Tokens.closes(k)) {
                if (depth == 0) {
                    return any ? commas + 1 : 0;
                }
                depth--;
            } else if (depth == 0 && k.is(",")) {
                commas++;
            } else {
                any = true;
            }
        }
        return -1;
    }
}
