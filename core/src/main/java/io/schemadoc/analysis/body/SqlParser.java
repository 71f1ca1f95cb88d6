package io.schemadoc.analysis.body;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser behind one door: PostgreSQL dialect, a time limit per statement (its parser can backtrack), one shared
 * daemon thread for the time limit instead of a new thread per call. Returns null when the statement does not parse.
 */
final class SqlParser {
    private SqlParser() {}

    private static final long TIMEOUT_MILLIS = 3000;

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schemadoc-sql-parser");
        t.setDaemon(true);
        return t;
    });

    static Statement parse(String sql) {
        try {
            return CCJSqlParserUtil.parse(sql, EXECUTOR, p -> p.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL).withTimeOut(TIMEOUT_MILLIS));
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }
}
