package io.schemadoc.analysis.body;

import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.SchemaIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a routine's body does: the tables it writes (with the operation and the columns an UPDATE sets), reads
 * and the routines it calls, dynamic SQL, and the statements it could not read. Pure: a {@link SchemaIndex} in, facts
 * out. It never throws.
 *
 * <h2>What it cannot see</h2>
 * <ul>
 *   <li>Dynamic SQL ({@code EXECUTE}, {@code RETURN QUERY EXECUTE}, {@code FOR … IN EXECUTE}, {@code OPEN … FOR EXECUTE}):
 *       shown with its text, never guessed at, even when the text is a constant.</li>
 *   <li>Calls made by name at run time or through catalog indirection: {@code regproc} casts, {@code pg_catalog}
 *       helpers that run SQL ({@code query_to_xml}, {@code dblink}, …), trigger functions called via {@code TG_*}.</li>
 *   <li>Routines in languages other than SQL and PL/pgSQL (C, plpython, plv8, …): noted, not read.</li>
 *   <li>Which branch runs: every statement of every branch counts (IF, CASE, exception handlers).</li>
 *   <li>Overloads are chosen by argument count only, not by argument types; when several fit, all are reported.
 *       A user routine named like a pg_catalog built-in is reported although PostgreSQL may pick the built-in.</li>
 *   <li>{@code "$user"} in a search path resolves to the routine owner's schema if one exists (the caller is not known).</li>
 *   <li>Reads exclude the table a statement writes ({@code UPDATE t … FROM t} lists t as written, not read), and reads of
 *       tables that are not in the model (temporary tables, catalogs) are left out; writes to them are kept, unresolved.</li>
 *   <li>Triggers, foreign-key actions, rules and policies that a write sets off: that is {@code trace}'s job, not the body's.</li>
 * </ul>
 */
public final class BodyAnalyzer {
    private BodyAnalyzer() {}

    public static RoutineAnalysis analyze(Routine routine, SchemaIndex index) {
        RoutineRef ref = routine.ref();
        String language = routine.language() == null ? "" : routine.language().toLowerCase(Locale.ROOT);
        String body = routine.body() == null ? "" : routine.body();
        NameResolver resolver = NameResolver.forRoutine(index, routine);
        try {
            List<Piece> pieces;
            Set<String> variables;
            List<String> setsNew = List.of();
            if (language.equals("plpgsql")) {
                PlpgsqlSplitter.Result split = PlpgsqlSplitter.split(Lexer.tokenize(body));
                pieces = split.pieces();
                variables = split.variables();
                setsNew = split.newColumns();
            } else if (language.equals("sql") || routine.atomicBody()) {
                pieces = sqlPieces(body);
                variables = new TreeSet<>();
                for (Routine.Argument a : routine.arguments()) {
                    if (a.name() != null) {
                        variables.add(a.name());
                    }
                }
            } else {
                return new RoutineAnalysis(ref, List.of(), List.of(), List.of(), List.of(),
                    "written in " + (language.isEmpty() ? "an unknown language" : language) + ": body not analysed");
            }
            StatementAnalyzer analyzer = new StatementAnalyzer(resolver, variables);
            for (Piece p : pieces) {
                analyzer.analyze(p);
            }
            List<TableRef> reads = new ArrayList<>(new TreeSet<>(analyzer.reads));
            return new RoutineAnalysis(ref, analyzer.effects, reads, setsNew, analyzer.unparsed, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new RoutineAnalysis(ref, List.of(), List.of(), List.of(),
                List.of(new Unparsed(body.length() > 200 ? body.substring(0, 200) + "…" : body, 1, "analysis failed: " + e.getClass().getSimpleName())), null);
        }
    }

    /**
     * The texts the analysis of {@code routine} will hand JSqlParser, in body order (what {@link ParseAhead} parses
     * ahead): the same split of the body as {@link #analyze}, and the same choice of pieces.
     */
    static List<String> parserTexts(Routine routine) {
        String language = routine.language() == null ? "" : routine.language().toLowerCase(Locale.ROOT);
        String body = routine.body() == null ? "" : routine.body();
        List<Piece> pieces;
        try {
            if (language.equals("plpgsql")) {
                pieces = PlpgsqlSplitter.split(Lexer.tokenize(body)).pieces();
            } else if (language.equals("sql") || routine.atomicBody()) {
                pieces = sqlPieces(body);
            } else {
                return List.of();
            }
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // analyze reports it; parsing ahead has nothing to add
        }
        List<String> texts = new ArrayList<>();
        for (Piece p : pieces) {
            String text = StatementAnalyzer.parserText(p);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static boolean mayCall(List<Token> tokens, Set<String> routineNames) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isIdentifier() && tokens.get(i + 1).is("(") && routineNames.contains(tokens.get(i).identifier())) {
                return true;
            }
        }
        return false;
    }

    /** A SQL-language body, or a {@code BEGIN ATOMIC … END} body: statements separated by semicolons. */
    static List<Piece> sqlPieces(String body) {
        List<Token> tokens = Lexer.tokenize(body);
        if (tokens.size() >= 2 && tokens.get(0).isWord("begin") && tokens.get(1).isWord("atomic")) {
            tokens = tokens.subList(2, tokens.size());
            int last = tokens.size() - 1;
            while (last >= 0 && tokens.get(last).is(";")) {
                last--;
            }
            if (last >= 0 && tokens.get(last).isWord("end")) {
                tokens = tokens.subList(0, last);
            }
        }
        List<Piece> out = new ArrayList<>();
        for (List<Token> statement : Tokens.statements(tokens)) {
            if (statement.size() == 1 && statement.get(0).isWord("end")) {
                continue;
            }
            out.add(new Piece(Piece.Kind.SQL, statement, statement.get(0).line(), null));
        }
        return out;
    }

    /** The routines an expression (a column default, a CHECK, a generation expression) calls, resolved by {@code path}. */
    public static List<RoutineRef> callsInExpression(String expression, SchemaIndex index, List<String> path) {
        return callsInExpression(expression, index, path, null);
    }

    /**
     * As {@link #callsInExpression(String, SchemaIndex, List)}; {@code routineNames} (names of the schema's routines,
     * or null) lets an expression that calls nothing of the schema ({@code now()}, {@code nextval(…)}) skip the parser.
     */
    public static List<RoutineRef> callsInExpression(String expression, SchemaIndex index, List<String> path, Set<String> routineNames) {
        if (expression == null || expression.isBlank()) {
            return List.of();
        }
        List<Token> tokens = Lexer.tokenize(expression);
        if (tokens.isEmpty() || routineNames != null && !mayCall(tokens, routineNames)) {
            return List.of();
        }
        NameResolver resolver = new NameResolver(index, path);
        StatementAnalyzer analyzer = new StatementAnalyzer(resolver, Set.of());
        analyzer.analyze(new Piece(Piece.Kind.EXPRESSION, tokens, 1, "expression"));
        List<RoutineRef> out = new ArrayList<>();
        for (Effect e : analyzer.effects) {
            if (e instanceof Effect.Call c && !out.contains(c.routine())) {
                out.add(c.routine());
            }
        }
        return out;
    }
}
