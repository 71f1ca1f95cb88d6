package io.schemadoc.analysis.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.trace.TraceVerifier.Case;
import io.schemadoc.analysis.trace.TraceVerifier.Outcome;
import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proof against PostgreSQL itself: every routine that really runs for an operation is one trace predicted
 * (recall 100%), on a fixture covering every rule of trace. Precision is printed, not asserted: trace follows every
 * branch (IF, WHEN, ON CONFLICT) while one real run takes one.
 */
class TraceAgainstDatabaseTest {

    static final int PG = 18;

    static List<Case> ruleCases() {
        List<String> none = List.of();
        return List.of(
            Case.of("insert parent (defaults, CHECK, generated, statement and row triggers, transition table)", "app.parent", Operation.INSERT, none,
                "INSERT INTO app.parent (id, name) VALUES (5, 'five')"),
            Case.of("insert parent with WHEN true", "app.parent", Operation.INSERT, none,
                "INSERT INTO app.parent (id, name) VALUES (6, 'special')"),
            Case.of("update parent.note (UPDATE OF note fires)", "app.parent", Operation.UPDATE, List.of("note"),
                "UPDATE app.parent SET note = 'n' WHERE id = 1"),
            Case.of("update parent.name (UPDATE OF note does not fire)", "app.parent", Operation.UPDATE, List.of("name"),
                "UPDATE app.parent SET name = 'uno' WHERE id = 1"),
            Case.of("update parent.id (ON UPDATE CASCADE)", "app.parent", Operation.UPDATE, List.of("id"),
                "UPDATE app.parent SET id = 200 WHERE id = 2"),
            Case.of("delete parent (CASCADE, SET NULL, SET NULL (col), SET DEFAULT)", "app.parent", Operation.DELETE, none,
                "DELETE FROM app.parent WHERE id = 1"),
            Case.of("insert into a view (INSTEAD OF)", "app.v_parent", Operation.INSERT, none,
                "INSERT INTO app.v_parent VALUES (7, 'seven')"),
            Case.of("insert event, new key (ON CONFLICT inserts; MERGE; BEGIN ATOMIC via CALL)", "app.events", Operation.INSERT, none,
                "INSERT INTO app.events (k) VALUES ('new')"),
            Case.of("insert event, existing key (ON CONFLICT DO UPDATE)", "app.events", Operation.INSERT, none,
                "INSERT INTO app.events (k) VALUES ('seen')"),
            Case.of("update ping (cycle ping -> pong -> ping)", "app.ping", Operation.UPDATE, List.of("n"),
                "UPDATE app.ping SET n = 5 WHERE id = 1"),
            Case.of("insert dyn (dynamic SQL)", "app.dyn", Operation.INSERT, none, "INSERT INTO app.dyn VALUES (1)"),
            Case.of("truncate log", "app.log", Operation.TRUNCATE, none, "TRUNCATE app.log"),
            Case.of("insert measure 2025 (partition trigger)", "app.measure", Operation.INSERT, none,
                "INSERT INTO app.measure VALUES (1, '2025-03-01', 1)"),
            Case.of("insert measure 2024", "app.measure", Operation.INSERT, none,
                "INSERT INTO app.measure VALUES (1, '2024-03-01', 1)"),
            Case.of("insert into a partition directly (inherited clone fires)", "app.measure_2025", Operation.INSERT, none,
                "INSERT INTO app.measure_2025 VALUES (1, '2025-03-01', 1)"),
            Case.of("update counter.n (MERGE of totals)", "app.counter", Operation.UPDATE, List.of("n"),
                "UPDATE app.counter SET n = 2 WHERE k = 'seen'"),
            Case.of("delete child", "app.child", Operation.DELETE, none, "DELETE FROM app.child"),
            Case.of("update child parent_id", "app.child", Operation.UPDATE, List.of("parent_id"),
                "UPDATE app.child SET parent_id = 0"),
            Case.of("delete nullchild", "app.nullchild", Operation.DELETE, none, "DELETE FROM app.nullchild"),
            Case.of("insert defchild (default calls a routine)", "app.defchild", Operation.INSERT, List.of("id"),
                "INSERT INTO app.defchild (id) VALUES (41)"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {15, 18})
    void everyRoutineThatRunsIsPredictedOnTheRulesFixture(int pg) throws Exception {
        String url = TestDatabases.databaseWith(pg, resource("rules.sql"));
        Schema schema = TestDatabases.read(url, ReadOptions.defaults().withPgVersion(pg));
        List<Outcome> outcomes = verify(url, schema, ruleCases());
        TraceVerifier.Totals totals = TraceVerifier.Totals.of(outcomes);
        System.out.println("trace vs PostgreSQL " + pg + ", rules fixture: " + totals);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.missed()).as(o.toString()).isEmpty());
        // Not vacuous: the fixture really runs routines, and trace really predicts them.
        assertThat(totals.actual()).isGreaterThan(30);
    }

    /**
     * Firing order against PostgreSQL: one row deleted (or its key updated) in a parent whose triggers, and its
     * child's (reached by ON DELETE / ON UPDATE CASCADE), log their names; the log must read as trace's trigger steps.
     */
    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {15, 18})
    void triggersFireInTheOrderTracePredicts(int pg) throws Exception {
        String url = TestDatabases.databaseWith(pg, resource("rules.sql"));
        DependencyGraph graph = DependencyGraph.of(TestDatabases.read(url, ReadOptions.defaults().withPgVersion(pg)));
        for (Case c : List.of(
            Case.of("delete", "app.ord_parent", Operation.DELETE, List.of(), "DELETE FROM app.ord_parent WHERE id = 1"),
            Case.of("update key", "app.ord_parent", Operation.UPDATE, List.of("id"), "UPDATE app.ord_parent SET id = 2 WHERE id = 1"))) {
            List<String> predicted = Tracer.trace(graph, new io.schemadoc.model.QualifiedName("app", "ord_parent"), c.operation(), c.columns())
                .steps().stream().filter(s -> s.kind().equals("trigger")).map(TraceStep::trigger).toList();
            List<String> actual = new ArrayList<>();
            try (Connection conn = TestDatabases.connect(url)) {
                conn.setAutoCommit(false);
                try (java.sql.Statement s = conn.createStatement()) {
                    s.execute(c.sql());
                    try (java.sql.ResultSet rs = s.executeQuery("SELECT what FROM app.fired ORDER BY n")) {
                        while (rs.next()) {
                            actual.add(rs.getString(1));
                        }
                    }
                } finally {
                    conn.rollback();
                }
            }
            System.out.println("firing order, " + c.name() + " on PostgreSQL " + pg + ": " + actual);
            assertThat(predicted).as(c.name()).isEqualTo(actual);
        }
    }

    static List<Outcome> verify(String url, Schema schema, List<Case> cases) throws Exception {
        DependencyGraph graph = DependencyGraph.of(schema);
        List<Outcome> outcomes = new ArrayList<>();
        try (Connection c = TestDatabases.connect(url)) {
            for (Case k : cases) {
                Outcome o = TraceVerifier.run(c, graph, k);
                System.out.println("  " + o);
                outcomes.add(o);
            }
        }
        return outcomes;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TraceAgainstDatabaseTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
