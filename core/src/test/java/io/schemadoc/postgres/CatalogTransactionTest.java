package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the reader uses the connection: a fixed number of queries, one read-only snapshot, nothing left behind. */
class CatalogTransactionTest {

    private static String tables(int n) {
        StringBuilder sql = new StringBuilder("CREATE TABLE t0 (id int PRIMARY KEY);\n");
        for (int i = 1; i < n; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, parent int REFERENCES t").append(i - 1)
                .append(", note text DEFAULT 'x');\nCREATE INDEX ON t").append(i).append(" (note);\n")
                .append("CREATE TRIGGER tr").append(i).append(" BEFORE INSERT ON t").append(i)
                .append(" FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();\n")
                .append("COMMENT ON TABLE t").append(i).append(" IS 'table ").append(i).append("';\n");
        }
        return sql.toString();
    }

    private static List<String> statements(String url) throws SQLException {
        try (Connection real = TestDatabases.connect(url)) {
            RecordingConnection rec = new RecordingConnection(real);
            CatalogReader.read(rec.proxy(), ReadOptions.defaults(), Provenance.NONE);
            return rec.executed;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void theNumberOfQueriesDoesNotGrowWithTheSchema(int version) throws SQLException {
        List<String> few = statements(TestDatabases.databaseWith(version, tables(3)));
        List<String> many = statements(TestDatabases.databaseWith(version, tables(50)));
        // BEGIN, three SET LOCAL, the catalog queries, ROLLBACK.
        assertThat(few).hasSize(CatalogReader.queryCount() + 5);
        assertThat(many).isEqualTo(few);
        assertThat(few.get(0)).isEqualTo("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        assertThat(few.get(few.size() - 1)).isEqualTo("ROLLBACK");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void readsInOneReadOnlyRepeatableReadTransaction(int version) throws SQLException {
        String url = TestDatabases.databaseWith(version, tables(3));
        ReadOptions options = new ReadOptions(List.of(), List.of(), false, 18, Duration.ofSeconds(42));
        try (Connection real = TestDatabases.connect(url)) {
            RecordingConnection rec = new RecordingConnection(real);
            Schema s = CatalogReader.read(rec.proxy(), options, Provenance.NONE);
            assertThat(s.tables()).hasSize(3);
            assertThat(rec.readOnly).isEqualTo("on");
            assertThat(rec.isolation).isEqualTo("repeatable read");
            assertThat(rec.statementTimeout).isEqualTo("42s");
            assertThat(rec.lockTimeout).isEqualTo("5s");
            // A write inside the reader's transaction is refused: read_only_sql_transaction.
            assertThat(rec.writeError).isEqualTo("25006");
            // Nothing is left open or changed: the session is back to its defaults, autocommit as found.
            assertThat(real.getAutoCommit()).isTrue();
            try (Statement st = real.createStatement()) {
                assertThat(value(st, "SHOW transaction_read_only")).isEqualTo("off");
                assertThat(value(st, "SHOW statement_timeout")).isEqualTo("0");
                assertThat(value(st, "SELECT count(*) FROM pg_class WHERE relname = 'catalog_reader_probe'")).isEqualTo("0");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void restoresAutocommitOff(int version) throws SQLException {
        String url = TestDatabases.databaseWith(version, tables(2));
        try (Connection c = TestDatabases.connect(url)) {
            c.setAutoCommit(false);
            Schema s = CatalogReader.read(c, ReadOptions.defaults(), Provenance.NONE);
            assertThat(s.tables()).hasSize(2);
            assertThat(c.getAutoCommit()).isFalse();
            try (Statement st = c.createStatement()) {
                assertThat(value(st, "SHOW transaction_read_only")).isEqualTo("off");
            }
            c.rollback();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void aFailureHalfWayLeavesNoTransactionOpen(int version) throws SQLException {
        String url = TestDatabases.databaseWith(version, tables(2));
        try (Connection c = TestDatabases.connect(url)) {
            Provenance failing = (catalog, oid) -> {
                throw new IllegalStateException("provenance failed");
            };
            assertThatThrownBy(() -> CatalogReader.read(c, ReadOptions.defaults(), failing))
                .isInstanceOf(IllegalStateException.class).hasMessage("provenance failed");
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement st = c.createStatement()) {
                // Outside the reader's transaction again: its READ ONLY and SET LOCAL statement_timeout are gone.
                assertThat(value(st, "SHOW transaction_read_only")).isEqualTo("off");
                assertThat(value(st, "SHOW statement_timeout")).isEqualTo("0");
            }
        }
    }

    private static String value(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
