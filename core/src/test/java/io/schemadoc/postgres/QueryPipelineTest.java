package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalog reader's look-ahead: order, failures, the bound on unread results, and a clean end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPipelineTest {
    static final Map<String, String> SQL = Map.of(
        "one", "SELECT 1 AS v",
        "two", "SELECT g AS v FROM generate_series(1, 2) g",
        "three", "SELECT g AS v FROM generate_series(1, 3) g",
        "slow", "SELECT 4 AS v FROM pg_sleep(0.3)",
        "broken", "SELECT 1 / 0 AS v");

    Connection c;
    final List<String> executed = new CopyOnWriteArrayList<>();

    @BeforeAll
    void connect() {
        c = TestDatabases.connect(TestDatabases.freshDatabase(18));
    }

    @AfterAll
    void close() throws SQLException {
        c.close();
    }

    QueryPipeline.Fetched run(String name) throws SQLException {
        executed.add(name);
        PreparedStatement ps = c.prepareStatement(SQL.get(name));
        return new QueryPipeline.Fetched(ps, ps.executeQuery());
    }

    List<Integer> values(QueryPipeline.Fetched f) throws SQLException {
        List<Integer> out = new ArrayList<>();
        while (f.rows().next()) {
            out.add(f.rows().getInt("v"));
        }
        return out;
    }

    @Test
    void resultsArriveInOrderOverOneConnection() throws SQLException {
        executed.clear();
        try (QueryPipeline p = new QueryPipeline(List.of("one", "slow", "two", "three"), 2, this::run)) {
            for (var expected : List.of(Map.entry("one", List.of(1)), Map.entry("slow", List.of(4)),
                Map.entry("two", List.of(1, 2)), Map.entry("three", List.of(1, 2, 3)))) {
                try (QueryPipeline.Fetched f = p.take(expected.getKey())) {
                    assertThat(values(f)).isEqualTo(expected.getValue());
                }
            }
        }
        assertThat(executed).containsExactly("one", "slow", "two", "three");
    }

    @Test
    void aFailureSurfacesWhereItsResultIsTakenAndNothingRunsAfterIt() throws SQLException {
        executed.clear();
        c.setAutoCommit(false);
        try (QueryPipeline p = new QueryPipeline(List.of("one", "broken", "two"), 2, this::run)) {
            try (QueryPipeline.Fetched f = p.take("one")) {
                assertThat(values(f)).containsExactly(1);
            }
            assertThatThrownBy(() -> p.take("broken")).isInstanceOf(SQLException.class).hasMessageContaining("division by zero");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        assertThat(executed).containsExactly("one", "broken");
    }

    @Test
    void takingOutOfOrderIsAProgrammingError() throws SQLException {
        try (QueryPipeline p = new QueryPipeline(List.of("one", "two"), 2, this::run)) {
            assertThatThrownBy(() -> p.take("two")).isInstanceOf(IllegalStateException.class).hasMessageContaining("expected one");
        }
    }

    @Test
    void noMoreThanAheadResultsWaitUnread() throws Exception {
        executed.clear();
        try (QueryPipeline p = new QueryPipeline(List.of("one", "two", "three"), 1, this::run)) {
            Thread.sleep(300);
            assertThat(executed).as("with room for one unread result").containsExactly("one");
            try (QueryPipeline.Fetched f = p.take("one")) {
                assertThat(values(f)).containsExactly(1);
            }
            try (QueryPipeline.Fetched f = p.take("two")) {
                assertThat(values(f)).containsExactly(1, 2);
            }
        }
    }

    @Test
    void closingEarlyWaitsForTheQueryInFlightAndClosesWhatWasNotTaken() throws SQLException {
        executed.clear();
        List<QueryPipeline.Fetched> made = new CopyOnWriteArrayList<>();
        QueryPipeline p = new QueryPipeline(List.of("slow", "one", "two"), 2, name -> {
            QueryPipeline.Fetched f = run(name);
            made.add(f);
            return f;
        });
        while (executed.isEmpty()) {
            Thread.onSpinWait();
        }
        p.close(); // while "slow" runs
        // It waited for "slow", started nothing after it, and closed its statement: the connection is free for the
        // caller's ROLLBACK.
        assertThat(executed).containsExactly("slow");
        assertThat(made).hasSize(1);
        assertThat(made.get(0).statement().isClosed()).isTrue();
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT 5")) {
            assertThat(rs.next()).isTrue();
        }
    }
}
