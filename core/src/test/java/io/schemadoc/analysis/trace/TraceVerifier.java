package io.schemadoc.analysis.trace;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs one operation on a real database in a transaction that is rolled back, with {@code track_functions = 'all'},
 * and compares the routines that really ran ({@code pg_stat_xact_user_functions}, calls counted after the setup and
 * after the operation) with the routines {@link Tracer} predicted.
 */
final class TraceVerifier {

    /** One operation: what trace is asked, the SQL that really does it, and SQL run first in the same transaction. */
    record Case(String name, String table, Operation operation, List<String> columns, String setup, String sql) {
        static Case of(String name, String table, Operation op, List<String> columns, String sql) {
            return new Case(name, table, op, columns, null, sql);
        }
    }

    record Outcome(Case c, Set<String> predicted, Set<String> actual) {
        Set<String> missed() {
            Set<String> m = new TreeSet<>(actual);
            m.removeAll(predicted);
            return m;
        }

        Set<String> extra() {
            Set<String> m = new TreeSet<>(predicted);
            m.removeAll(actual);
            return m;
        }

        int hits() {
            return actual.size() - missed().size();
        }

        @Override
        public String toString() {
            return c.name() + ": ran " + actual + ", predicted " + predicted + (missed().isEmpty() ? "" : ", MISSED " + missed())
                + (extra().isEmpty() ? "" : ", not run " + extra());
        }
    }

    static Outcome run(Connection connection, DependencyGraph graph, Case c) throws SQLException {
        String[] p = c.table().split("\\.");
        TraceResult trace = Tracer.trace(graph, new QualifiedName(p[0], p[1]), c.operation(), c.columns());
        Set<String> predicted = new TreeSet<>();
        for (RoutineRef r : trace.routines()) {
            predicted.add(r.qualifiedName());
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL track_functions = 'all'");
            if (c.setup() != null) {
                s.execute(c.setup());
            }
            Map<String, Long> before = calls(s);
            s.execute(c.sql());
            Map<String, Long> after = calls(s);
            Set<String> actual = new TreeSet<>();
            after.forEach((fn, n) -> {
                if (n > before.getOrDefault(fn, 0L)) {
                    actual.add(fn);
                }
            });
            return new Outcome(c, predicted, actual);
        } finally {
            connection.rollback();
            connection.setAutoCommit(auto);
        }
    }

    private static Map<String, Long> calls(Statement s) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT schemaname, funcname, calls FROM pg_stat_xact_user_functions")) {
            while (rs.next()) {
                out.merge(rs.getString(1) + "." + rs.getString(2), rs.getLong(3), Long::sum);
            }
        }
        return out;
    }

    /** Recall and precision over many outcomes, as fractions of routine occurrences. */
    record Totals(int actual, int predicted, int hits) {
        static Totals of(List<Outcome> outcomes) {
            int a = 0;
            int p = 0;
            int h = 0;
            for (Outcome o : outcomes) {
                a += o.actual().size();
                p += o.predicted().size();
                h += o.hits();
            }
            return new Totals(a, p, h);
        }

        double recall() {
            return actual == 0 ? 1.0 : (double) hits / actual;
        }

        double precision() {
            return predicted == 0 ? 1.0 : (double) hits / predicted;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "recall %d/%d = %.1f%%, precision %d/%d = %.1f%%",
                hits, actual, 100 * recall(), hits, predicted, 100 * precision());
        }
    }
}
