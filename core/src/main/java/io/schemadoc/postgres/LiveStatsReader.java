package io.schemadoc.postgres;

import io.schemadoc.SchemadocException;
import io.schemadoc.model.LiveStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link LiveStats} over a connection the caller opened read-only: one bulk query per kind, from
 * {@code io/schemadoc/postgres/stats/*.sql}, never one per table. Only reads statistics views; writes nothing.
 */
public final class LiveStatsReader {
    private LiveStatsReader() {}

    public static LiveStats read(Connection connection) {
        try {
            List<Double> age = rows(connection, "stats_reset", rs -> {
                double days = rs.getDouble("days_ago");
                return rs.wasNull() ? -1 : days;
            });
            List<LiveStats.IndexUsage> indexes = rows(connection, "index_usage", rs -> new LiveStats.IndexUsage(
                rs.getString("schema_name"), rs.getString("table_name"), rs.getString("index_name"),
                rs.getLong("idx_scan"), rs.getLong("size_bytes"), rs.getLong("expected_bytes")));
            List<LiveStats.ColumnStats> columns = rows(connection, "column_stats", rs -> new LiveStats.ColumnStats(
                rs.getString("schema_name"), rs.getString("table_name"), rs.getString("column_name"),
                rs.getDouble("n_distinct"), rs.getDouble("null_frac"), rs.getDouble("table_rows")));
            List<LiveStats.SequenceUse> sequences = rows(connection, "sequence_use", rs -> new LiveStats.SequenceUse(
                rs.getString("schema_name"), rs.getString("sequence_name"),
                rs.getLong("last_value"), rs.getLong("limit_value"), rs.getLong("start_value"), rs.getLong("increment_by")));
            List<LiveStats.TableUsage> tables = rows(connection, "table_usage", rs -> new LiveStats.TableUsage(
                rs.getString("schema_name"), rs.getString("table_name"),
                rs.getLong("seq_scan"), rs.getLong("seq_tup_read"), rs.getLong("idx_scan"),
                rs.getLong("n_live_tup"), rs.getLong("n_dead_tup"), rs.getLong("size_bytes"), rs.getLong("expected_bytes")));
            return new LiveStats(age.isEmpty() ? -1 : age.get(0), indexes, columns, sequences, tables, List.of());
        } catch (SQLException e) {
            // Only the last values of sequences take locks (ROW EXCLUSIVE, as nextval does), so only an ALTER or DROP
            // SEQUENCE in progress can make this wait.
            String hint = switch (e.getSQLState() == null ? "" : e.getSQLState()) {
                case "55P03" -> "a migration holds a lock on a sequence; try again when it is done";
                case "57014" -> "raise it with --statement-timeout SECONDS";
                default -> "the role needs pg_read_all_stats or ownership of the tables; or run lint on SQL files";
            };
            throw new SchemadocException("cannot read statistics for the live lint rules: " + e.getMessage() + " (" + hint + ")", e);
        }
    }

    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    /** Every row of one statistics query ({@code stats/NAME.sql}), mapped. */
    private static <T> List<T> rows(Connection connection, String name, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql(name));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row.of(rs));
            }
        }
        return out;
    }

    static String sql(String name) {
        return SqlResource.read("stats/" + name);
    }
}
