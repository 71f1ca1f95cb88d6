package io.schemadoc.model;

import java.util.List;

/**
 * Statistics of a running database, read in a few bulk queries by {@code postgres.LiveStatsReader}, for the live lint
 * rules to judge. They are not part of a {@link Schema} (a snapshot or SQL files have none).
 * Names are catalog names (unquoted). {@code statsResetDaysAgo} is the age of the cumulative statistics in days,
 * -1 when they were never reset (counted since the cluster was created).
 */
public record LiveStats(
    double statsResetDaysAgo,
    List<IndexUsage> indexes,
    List<ColumnStats> columns,
    List<SequenceUse> sequences,
    List<TableUsage> tables,
    List<String> notes) {

    public LiveStats {
        indexes = List.copyOf(indexes);
        columns = List.copyOf(columns);
        sequences = List.copyOf(sequences);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** pg_stat_user_indexes plus size and a size estimate of a B-tree with no dead space ({@code expectedBytes}, -1 if unknown). */
    public record IndexUsage(String schema, String table, String index, long scans, long sizeBytes, long expectedBytes) {}

    /** pg_stats for one column; {@code nDistinct} as PostgreSQL gives it (negative = fraction of rows); {@code tableRows} = reltuples. */
    public record ColumnStats(String schema, String table, String column, double nDistinct, double nullFraction, double tableRows) {}

    /** A sequence's last value against the limit of its type and of the column it feeds ({@code limit} is the smaller). */
    public record SequenceUse(String schema, String name, long lastValue, long limit, long start, long increment) {
        /** The share of the way from start to limit already used, 0..1. */
        public double used() {
            double span = (double) limit - (double) start;
            return span <= 0 ? 1.0 : ((double) lastValue - (double) start) / span;
        }
    }

    /** pg_stat_user_tables plus sizes; {@code expectedBytes} estimates the heap with no dead space (-1 if unknown). */
    public record TableUsage(String schema, String table, long seqScans, long seqRowsRead, long indexScans,
                             long liveRows, long deadRows, long sizeBytes, long expectedBytes) {}
}
