package io.schemadoc.model;

import java.util.List;

/**
 * A trigger, from pg_trigger: typed fields for how it fires, {@code definition} ({@code pg_get_triggerdef}) for display.
 * {@code inherited} marks the clone a row trigger of a partitioned table leaves on each partition.
 */
public record Trigger(
    String name,
    Timing timing,
    List<Event> events,
    List<String> updateColumns,
    Level level,
    String condition,
    String oldTable,
    String newTable,
    Enabled enabled,
    boolean constraint,
    boolean deferrable,
    boolean initiallyDeferred,
    RoutineRef function,
    List<String> arguments,
    String definition,
    boolean inherited,
    String comment,
    SourceLocation source) {

    public Trigger {
        Lists.require(name, "name", "Trigger");
        Lists.require(timing, "timing", "Trigger");
        Lists.require(level, "level", "Trigger");
        Lists.require(enabled, "enabled", "Trigger");
        events = Lists.copy(events);
        updateColumns = Lists.copy(updateColumns);
        arguments = Lists.copy(arguments);
    }

    public enum Timing {
        BEFORE("BEFORE"), AFTER("AFTER"), INSTEAD_OF("INSTEAD OF");

        private final String sql;

        Timing(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** In the order PostgreSQL prints them in a trigger definition. */
    public enum Event { INSERT, DELETE, UPDATE, TRUNCATE }

    public enum Level { ROW, STATEMENT }

    /** pg_trigger.tgenabled: O fires in origin and local sessions, D never, R only in replica sessions, A always. */
    public enum Enabled {
        ORIGIN, DISABLED, REPLICA, ALWAYS;

        /** Whether the trigger fires in an ordinary session (session_replication_role = origin). */
        public boolean firesNormally() {
            return this == ORIGIN || this == ALWAYS;
        }
    }
}
