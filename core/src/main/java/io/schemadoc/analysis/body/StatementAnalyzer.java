package io.schemadoc.analysis.body;

import io.schemadoc.model.RoutineRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.merge.MergeDelete;
import net.sf.jsqlparser.statement.merge.MergeInsert;
import net.sf.jsqlparser.statement.merge.MergeOperation;
import net.sf.jsqlparser.statement.merge.MergeUpdate;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Analyses one {@link Piece}: JSqlParser first; when it fails (or throws while walking), a token-level scan of our own
 * finds write targets ({@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM}, {@code MERGE INTO}, {@code TRUNCATE}),
 * {@code FROM}/{@code JOIN} reads and calls {@code name(}, and the piece is also recorded as unparsed. Never throws.
 */
final class StatementAnalyzer {
    private final NameResolver resolver;
    private final Set<String> variables;
    final List<Effect> effects = new ArrayList<>();
    final Set<TableRef> reads = new LinkedHashSet<>();
    final List<Unparsed> unparsed = new ArrayList<>();

    StatementAnalyzer(NameResolver resolver, Set<String> variables) {
        this.resolver = resolver;
        this.variables = variables;
    }

    void analyze(Piece piece) {
        try {
            switch (piece.kind()) {
                case DYNAMIC -> effects.add(new Effect.Dynamic(piece.text(), piece.line()));
                case CALL_SCAN -> fallback(piece.tokens(), piece.line(), piece.via(), false);
                case EXPRESSION -> parsed(piece, true);
                case SQL -> parsed(piece, false);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Last line of defence: analysis never throws; say what could not be read.
            unparsed.add(new Unparsed(piece.text(), piece.line(), "analysis failed: " + e.getClass().getSimpleName()));
        }
    }

    private void parsed(Piece piece, boolean expression) {
        List<Token> tokens = piece.tokens();
        if (expression && noParenthesis(tokens)) {
            // A subquery and a function call both need a parenthesis: without one, an expression such as
            // "v_id", "NEW.amount > 0" or "x IS NULL" reads no table and calls no routine. Most PL/pgSQL expressions
            // (RETURN, IF, assignments) are such, and the parser would cost ~50 µs each for nothing.
            return;
        }
        if (tokens.isEmpty() || ignorable(tokens.get(0))) {
            if (!tokens.isEmpty()) {
                fallback(tokens, piece.line(), piece.via(), false);
            }
            return;
        }
        String sql = parserText(piece);
        Statement statement = SqlParser.parse(sql);
        if (statement != null) {
            List<Effect> found = new ArrayList<>();
            Set<TableRef> foundReads = new LinkedHashSet<>();
            if (fromStatement(statement, piece, found, foundReads)) {
                effects.addAll(found);
                reads.addAll(foundReads);
                return;
            }
        }
        unparsed.add(new Unparsed(piece.text(), piece.line(),
            statement == null ? "not understood by the SQL parser; scanned for names instead" : "not walkable; scanned for names instead"));
        fallback(tokens, piece.line(), piece.via(), true);
    }

    /**
     * The text {@link #analyze} hands JSqlParser for a piece, or null when it hands it nothing (a piece that is not SQL
     * or an expression, an expression without a parenthesis, a statement that reads or writes no table data).
     * {@link ParseAhead} parses exactly these texts ahead of the analysis.
     */
    static String parserText(Piece piece) {
        boolean expression = piece.kind() == Piece.Kind.EXPRESSION;
        if (!expression && piece.kind() != Piece.Kind.SQL) {
            return null;
        }
        List<Token> tokens = piece.tokens();
        if (tokens.isEmpty() || expression && noParenthesis(tokens) || ignorable(tokens.get(0))) {
            return null;
        }
        return (expression ? "SELECT " : "") + forParser(tokens);
    }

    private static boolean noParenthesis(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is("(")) {
                return false;
            }
        }
        return true;
    }

    /** Statements that read or write no table data and that JSqlParser need not see. */
    private static boolean ignorable(Token first) {
        for (String w : List.of("set", "reset", "lock", "notify", "listen", "unlisten", "analyze", "analyse", "vacuum",
            "grant", "revoke", "comment", "discard", "create", "drop", "alter", "refresh", "cluster", "reindex", "security", "show")) {
            if (first.isWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rewrites tokens into what JSqlParser reads best: every string constant becomes {@code 's'} (their contents never
     * matter here, and E'' or dollar quotes trip it), {@code $1} becomes an identifier, {@code ONLY} is dropped.
     */
    static String forParser(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord("only") && i > 0 && (tokens.get(i - 1).isWord("update") || tokens.get(i - 1).isWord("from")
                || tokens.get(i - 1).isWord("into") || tokens.get(i - 1).isWord("join") || tokens.get(i - 1).isWord("table"))) {
                continue;
            }
            if (b.length() > 0 && (t.spaceBefore() || t.isString())) {
                b.append(' ');
            }
            if (t.isString()) {
                b.append("'s'");
            } else if (t.kind() == Token.Kind.PARAM) {
                b.append("_param").append(t.text().substring(1));
            } else {
                b.append(t.text());
            }
        }
        return b.toString();
    }

    // ---- JSqlParser path -------------------------------------------------------------------------------------------

    private boolean fromStatement(Statement statement, Piece piece, List<Effect> found, Set<TableRef> foundReads) {
        int line = piece.line();
        List<Effect.Write> writes = new ArrayList<>();
        if (statement instanceof Insert insert) {
            insertWrites(insert, line, writes);
            withWrites(insert.getWithItemsList(), line, writes);
        } else if (statement instanceof Update update) {
            updateWrite(update, line, writes);
            withWrites(update.getWithItemsList(), line, writes);
        } else if (statement instanceof Delete delete) {
            deleteWrite(delete, line, writes);
            withWrites(delete.getWithItemsList(), line, writes);
        } else if (statement instanceof Merge merge) {
            mergeWrites(merge, line, writes);
            withWrites(merge.getWithItemsList(), line, writes);
        } else if (statement instanceof Truncate truncate) {
            List<net.sf.jsqlparser.schema.Table> tables = truncate.getTables() != null && !truncate.getTables().isEmpty()
                ? truncate.getTables() : truncate.getTable() == null ? List.of() : List.of(truncate.getTable());
            for (net.sf.jsqlparser.schema.Table t : tables) {
                addWrite(writes, t, Operation.TRUNCATE, List.of(), null, line);
            }
        } else if (statement instanceof Select select) {
            withWrites(select.getWithItemsList(), line, writes);
        }
        Finder finder = new Finder();
        Set<String> tables;
        try {
            tables = finder.getTables(statement);
        } catch (NullPointerException e) {
            return false; // JSqlParser parses some fragments (a bare "DELETE FROM") into statements its own finder cannot walk
        } catch (UnsupportedOperationException e) {
            // JSqlParser's finder declines statement types it does not walk (a cut EXECUTE reads as another dialect's
            // EXEC): the token scan takes over. Thrown by anything else, it is a defect of ours and must show.
            if (!thrownByJSqlParser(e)) {
                throw e;
            }
            return false;
        }
        for (Finder.Call call : finder.calls) {
            for (RoutineRef r : resolver.routines(call.parts(), call.argCount())) {
                found.add(new Effect.Call(r, piece.via() == null ? "SELECT" : piece.via(), line));
            }
        }
        found.addAll(writes);
        Set<String> targets = new LinkedHashSet<>();
        writes.forEach(w -> targets.add(w.table().toString()));
        for (String name : tables) {
            List<String> parts = nameParts(name);
            if (parts.size() == 1 && variables.contains(parts.get(0))) {
                continue;
            }
            TableRef ref = resolver.table(parts);
            if (ref != null && ref.resolved() && !targets.contains(ref.toString())) {
                foundReads.add(ref);
            }
        }
        return true;
    }

    private static boolean thrownByJSqlParser(RuntimeException e) {
        StackTraceElement[] at = e.getStackTrace();
        return at.length > 0 && at[0].getClassName().startsWith("net.sf.jsqlparser.");
    }

    private void insertWrites(Insert insert, int line, List<Effect.Write> writes) {
        List<String> columns = columns(insert.getColumns());
        addWrite(writes, insert.getTable(), Operation.INSERT, columns, null, line);
        if (insert.getConflictAction() != null && insert.getConflictAction().getConflictActionType() == ConflictActionType.DO_UPDATE) {
            addWrite(writes, insert.getTable(), Operation.UPDATE, setColumns(insert.getConflictAction().getUpdateSets()), "ON CONFLICT DO UPDATE", line);
        }
    }

    private void updateWrite(Update update, int line, List<Effect.Write> writes) {
        addWrite(writes, update.getTable(), Operation.UPDATE, setColumns(update.getUpdateSets()), null, line);
    }

    private void deleteWrite(Delete delete, int line, List<Effect.Write> writes) {
        if (delete.getTable() != null) {
            addWrite(writes, delete.getTable(), Operation.DELETE, List.of(), null, line);
        } else if (delete.getTables() != null) {
            for (net.sf.jsqlparser.schema.Table t : delete.getTables()) {
                addWrite(writes, t, Operation.DELETE, List.of(), null, line);
            }
        }
    }

    private void mergeWrites(Merge merge, int line, List<Effect.Write> writes) {
        List<MergeOperation> ops = merge.getOperations();
        if (ops == null || ops.isEmpty()) {
            addWrite(writes, merge.getTable(), Operation.MERGE, List.of(), "MERGE", line);
            return;
        }
        for (MergeOperation op : ops) {
            if (op instanceof MergeUpdate u) {
                addWrite(writes, merge.getTable(), Operation.UPDATE, setColumns(u.getUpdateSets()), "MERGE", line);
            } else if (op instanceof MergeInsert i) {
                addWrite(writes, merge.getTable(), Operation.INSERT, columns(i.getColumns()), "MERGE", line);
            } else if (op instanceof MergeDelete) {
                addWrite(writes, merge.getTable(), Operation.DELETE, List.of(), "MERGE", line);
            }
        }
    }

    private void withWrites(List<WithItem<?>> items, int line, List<Effect.Write> writes) {
        if (items == null) {
            return;
        }
        for (WithItem<?> item : items) {
            // getInsert()/getUpdate()/getDelete() cast blindly; look at the statement's class instead.
            Object inner = item.getParenthesedStatement();
            if (inner instanceof ParenthesedInsert pi && pi.getInsert() != null) {
                insertWrites(pi.getInsert(), line, writes);
                withWrites(pi.getInsert().getWithItemsList(), line, writes);
            } else if (inner instanceof ParenthesedUpdate pu && pu.getUpdate() != null) {
                updateWrite(pu.getUpdate(), line, writes);
            } else if (inner instanceof ParenthesedDelete pd && pd.getDelete() != null) {
                deleteWrite(pd.getDelete(), line, writes);
            } else if (inner instanceof Select sel) {
                withWrites(sel.getWithItemsList(), line, writes);
            }
        }
    }

    private void addWrite(List<Effect.Write> writes, net.sf.jsqlparser.schema.Table table, Operation op, List<String> columns, String via, int line) {
        if (table == null) {
            return;
        }
        List<String> parts = nameParts(table.getFullyQualifiedName());
        if (parts.isEmpty() || parts.size() == 1 && variables.contains(parts.get(0))) {
            return;
        }
        TableRef ref = resolver.table(parts);
        if (ref != null) {
            writes.add(new Effect.Write(ref, op, columns, via, line));
        }
    }

    private static List<String> columns(net.sf.jsqlparser.expression.operators.relational.ExpressionList<Column> list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (Column c : list) {
                out.add(columnName(c));
            }
        }
        return out;
    }

    private static List<String> setColumns(List<UpdateSet> sets) {
        List<String> out = new ArrayList<>();
        if (sets != null) {
            for (UpdateSet s : sets) {
                for (Column c : s.getColumns()) {
                    String name = columnName(c);
                    if (!out.contains(name)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    /** The column's own name: {@code t.col} → col, {@code col[1]} and {@code col.field} (a composite) stay col. */
    private static String columnName(Column c) {
        List<String> parts = nameParts(c.getColumnName());
        return parts.isEmpty() ? c.getColumnName() : parts.get(0);
    }

    /** Splits a name as written ({@code a."B".c}) into folded parts. */
    static List<String> nameParts(String written) {
        List<String> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        for (Token t : Lexer.tokenize(written)) {
            if (t.isIdentifier()) {
                out.add(t.identifier());
            } else if (t.is("[")) {
                break;
            } else if (!t.is(".")) {
                break;
            }
        }
        return out;
    }

    /** TablesNamesFinder (it leaves out CTE names) that also collects function calls, including functions in FROM. */
    private static final class Finder extends TablesNamesFinder<Void> {
        record Call(List<String> parts, int argCount) {}

        final List<Call> calls = new ArrayList<>();
        /** A function in FROM may be reached both as a table function and as a function: count it once. */
        private final Set<Function> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Finder() {
            init(false);
        }

        @Override
        public <S> Void visit(Function function, S context) {
            record(function);
            return super.visit(function, context);
        }

        @Override
        public <S> Void visit(TableFunction tableFunction, S context) {
            if (tableFunction.getFunction() != null) {
                record(tableFunction.getFunction());
            }
            return super.visit(tableFunction, context);
        }

        private void record(Function f) {
            if (!seen.add(f)) {
                return;
            }
            List<String> parts = new ArrayList<>();
            List<String> multipart = f.getMultipartName();
            if (multipart != null) {
                for (String p : multipart) {
                    parts.addAll(nameParts(p));
                }
            }
            int count = -1;
            if (f.getParameters() != null) {
                count = f.getParameters().size();
            } else if (f.getNamedParameters() != null) {
                count = f.getNamedParameters().getExpressions().size();
            } else {
                count = 0;
            }
            calls.add(new Call(parts, count));
        }
    }

    // ---- token fallback --------------------------------------------------------------------------------------------

    private void fallback(List<Token> tokens, int line, String via, boolean dml) {
        FallbackScan scan = new FallbackScan(tokens, variables);
        for (FallbackScan.Found f : scan.scan()) {
            switch (f.kind()) {
                case CALL -> {
                    for (RoutineRef r : resolver.routines(f.parts(), f.argCount())) {
                        effects.add(new Effect.Call(r, via == null ? "SELECT" : via, line));
                    }
                }
                case WRITE -> {
                    if (dml) {
                        TableRef ref = resolver.table(f.parts());
                        if (ref != null) {
                            effects.add(new Effect.Write(ref, f.operation(), f.columns(), f.via(), line));
                        }
                    }
                }
                case READ -> {
                    TableRef ref = resolver.table(f.parts());
                    if (ref != null && ref.resolved()) {
                        reads.add(ref);
                    }
                }
            }
        }
    }
}
