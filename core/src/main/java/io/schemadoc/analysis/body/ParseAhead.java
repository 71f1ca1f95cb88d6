package io.schemadoc.analysis.body;

import io.schemadoc.model.Routine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses routine bodies ahead of their analysis, on one background thread, while the caller waits for something
 * else: a catalog read hands the routines over as soon as their query is in (ReadOptions.routinesRead) and goes on
 * with the remaining queries, which keep the server busy and leave the client's second core idle. Parsing is most of
 * body analysis and needs nothing but the statement's text, so it can start before the schema is complete.
 *
 * <p>A cache of a pure function: a statement's parse depends only on its text, so the analysis either takes the
 * parse from here ({@link #take}, once: a parse is never shared) or makes it itself, with the same result. While one
 * is open it is the one the analysis consults; {@link #close} clears and leaves it.
 */
public final class ParseAhead implements AutoCloseable {
    /**
     * Parses held at most: a statement's tree is some kilobytes, and they wait until the analysis takes them, so this
     * bounds the memory (tens of MB) rather than the work; past it the analysis parses what is left itself. The
     * routine-heavy bench schema (2,000 functions) has some thousands.
     */
    private static final int LIMIT = 20_000;

    private static volatile ParseAhead active;

    private final Map<String, Optional<Statement>> parsed = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private boolean started;
    private Thread worker;

    public ParseAhead() {
        active = this;
    }

    /** Starts parsing {@code routines}' statements on a daemon thread (once; later calls are ignored). */
    public synchronized void start(List<Routine> routines) {
        if (started || stopped) {
            return;
        }
        started = true;
        List<Routine> copy = List.copyOf(routines);
        worker = new Thread(() -> run(copy), "schemadoc-parse-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * No more parsing ahead: called when the analysis starts, so the two cores go to it. What is parsed stays to be
     * taken until {@link #close}.
     */
    public void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stopped = true;
        parsed.clear();
        if (active == this) {
            active = null;
        }
    }

    /** How many parses are waiting to be taken (for tests). */
    int waiting() {
        return parsed.size();
    }

    /** Waits until the thread has parsed everything or stopped (for tests). */
    synchronized void awaitDone() throws InterruptedException {
        if (worker != null) {
            worker.join();
        }
    }

    private void run(List<Routine> routines) {
        for (Routine routine : routines) {
            for (String sql : BodyAnalyzer.parserTexts(routine)) {
                if (stopped || parsed.size() >= LIMIT) {
                    return;
                }
                if (!parsed.containsKey(sql)) {
                    parsed.put(sql, Optional.ofNullable(SqlParser.parse(sql, SqlParser.TIMEOUT_MILLIS)));
                }
            }
        }
    }

    /** The parse of {@code sql} made ahead, removed from here; null when there is none (parse it yourself). */
    static Optional<Statement> take(String sql) {
        ParseAhead current = active;
        return current == null ? null : current.parsed.remove(sql);
    }
}
