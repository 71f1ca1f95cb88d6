package io.schemadoc.analysis.body;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser behind one door: PostgreSQL dialect and a time limit per statement (its parser can backtrack for a long
 * time on some input). Returns null when the statement does not parse or runs out of time.
 *
 * <p>The parse runs on the caller's thread. JSqlParser's own time limit hands every statement to an executor thread
 * and waits for it: two thread switches per statement, which cost more than parsing most short statements (one
 * {@code doc} of a schema with 2,000 PL/pgSQL functions made 55,694 futex calls that way, 13,570 this way), and which
 * serialise callers that parse in parallel. Its
 * limit works by setting the parser's {@code interrupted} flag, which the generated parser checks while it
 * backtracks; a single watchdog thread sets that same flag here for every parse older than the limit.
 */
final class SqlParser {
    private SqlParser() {}

    static final long TIMEOUT_MILLIS = 3000;

    /** Parses running now, with the System.nanoTime() by which each must end. */
    private static final Map<CCJSqlParser, Long> RUNNING = new ConcurrentHashMap<>();

    static {
        Thread watchdog = new Thread(SqlParser::watch, "schemadoc-sql-parser-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    static Statement parse(String sql) {
        Optional<Statement> ahead = ParseAhead.take(sql);
        if (ahead != null) {
            return ahead.orElse(null);
        }
        return parse(sql, TIMEOUT_MILLIS);
    }

    /**
     * As {@code CCJSqlParserUtil.parse} does it: first without JSqlParser's "complex parsing" (fast, enough for most
     * statements), then, when that fails for a reason other than time, with it, unless the statement nests deeper than
     * JSqlParser allows for that mode.
     */
    static Statement parse(String sql, long timeoutMillis) {
        CCJSqlParser simple = newParser(sql);
        if (simple == null) {
            return null;
        }
        boolean complexAllowed = simple.getAsBoolean(Feature.allowComplexParsing);
        int allowedDepth = simple.getAsInt(Feature.allowedNestingDepth);
        simple.withAllowComplexParsing(false);
        Statement statement = run(simple, timeoutMillis);
        if (statement != null || simple.interrupted || !complexAllowed) {
            return statement;
        }
        if (allowedDepth >= 0 && CCJSqlParserUtil.getNestingDepth(sql) > allowedDepth) {
            return null;
        }
        CCJSqlParser complex = newParser(sql);
        if (complex == null) {
            return null;
        }
        complex.withAllowComplexParsing(true);
        return run(complex, timeoutMillis);
    }

    private static CCJSqlParser newParser(String sql) {
        try {
            return CCJSqlParserUtil.newParser(sql).withDialect(AbstractJSqlParser.Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Statement run(CCJSqlParser parser, long timeoutMillis) {
        RUNNING.put(parser, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        try {
            Statement statement = parser.Statement();
            return parser.interrupted ? null : statement;
        } catch (Exception | StackOverflowError e) {
            return null;
        } finally {
            RUNNING.remove(parser);
        }
    }

    /** How many parses are under way (for tests: none is left behind). */
    static int running() {
        return RUNNING.size();
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            RUNNING.forEach((parser, deadline) -> {
                if (now - deadline > 0) {
                    parser.interrupted = true;
                }
            });
        }
    }
}
