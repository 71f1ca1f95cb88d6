package io.schemadoc.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs catalog queries ahead of the code that maps their rows, on one thread, over the same connection and therefore
 * in the same transaction and snapshot. The driver reads a whole result into memory before {@code executeQuery}
 * returns, so while the reader maps one result the server already computes the next: the catalog read costs about the
 * larger of the server's time and the mapping's, not their sum (measured in bench/RESULTS.md, fifth session).
 *
 * <p>Only this thread executes statements while the pipeline is open; the reader only reads results it was handed,
 * in the order of {@code names}. pgjdbc serialises a connection's protocol traffic, so the type lookups an array
 * column may need while being read wait for the query in flight instead of interleaving with it. At most
 * {@code ahead} results wait unread, which bounds the memory held to a few results.
 */
final class QueryPipeline implements AutoCloseable {
    /** A query run: its statement (closed with it) and its rows, all in memory. */
    record Fetched(PreparedStatement statement, ResultSet rows) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    interface Execute {
        Fetched run(String name) throws SQLException;
    }

    private final List<String> names;
    private final List<CompletableFuture<Fetched>> results = new ArrayList<>();
    private final Semaphore room;
    private final Execute execute;
    private final Thread thread;
    private volatile boolean closed;
    private int next;

    QueryPipeline(List<String> names, int ahead, Execute execute) {
        this.names = List.copyOf(names);
        this.room = new Semaphore(ahead);
        this.execute = execute;
        for (int i = 0; i < this.names.size(); i++) {
            results.add(new CompletableFuture<>());
        }
        this.thread = new Thread(this::runAll, "schemadoc-catalog");
        thread.setDaemon(true);
        thread.start();
    }

    private void runAll() {
        for (int i = 0; i < names.size(); i++) {
            room.acquireUninterruptibly();
            if (closed) {
                return;
            }
            try {
                results.get(i).complete(execute.run(names.get(i)));
            } catch (Throwable failure) {
                results.get(i).completeExceptionally(failure);
                return; // the transaction is aborted: nothing after it can run
            }
        }
    }

    /** The next result, which must be {@code name}'s; waits for it. The caller closes it. */
    Fetched take(String name) throws SQLException {
        if (next >= names.size() || !names.get(next).equals(name)) {
            throw new IllegalStateException("catalog query " + name + " taken out of order (expected "
                + (next < names.size() ? names.get(next) : "none") + ")");
        }
        CompletableFuture<Fetched> result = results.get(next++);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the catalog", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            room.release();
        }
    }

    /**
     * Starts no further query, waits for the one in flight (bounded by the statement timeout), and closes the results
     * nobody took, so that the caller can end the transaction on a quiet connection.
     */
    @Override
    public void close() throws SQLException {
        closed = true;
        room.release(names.size());
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        SQLException first = null;
        for (int i = next; i < results.size(); i++) {
            CompletableFuture<Fetched> result = results.get(i);
            if (result.isDone() && !result.isCompletedExceptionally()) {
                Fetched f = result.join();
                try {
                    f.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
