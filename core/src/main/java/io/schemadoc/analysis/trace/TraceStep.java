package io.schemadoc.analysis.trace;

import java.util.List;

/**
 * One step of a cascade, as the JSON output shows it. {@code kind}: {@code operation} (the statement traced),
 * {@code trigger}, {@code skipped} (a trigger that does not fire: disabled or replica-only), {@code fk} (a foreign-key
 * action on a child table), {@code default}, {@code generated}, {@code check} (a column default, generation expression
 * or CHECK constraint that calls a routine),
 * {@code call}, {@code write} (a routine's INSERT/UPDATE/DELETE/TRUNCATE), {@code unknown} (dynamic SQL or a body not
 * read: the branch ends there), {@code cycle}, {@code limit} (depth or size cap reached).
 * {@code function} is {@code schema.name} of the routine that runs (trigger, default, call) or writes (write).
 * Absent values are null; {@code columns} is never null.
 */
public record TraceStep(
    int depth,
    String kind,
    String table,
    String operation,
    List<String> columns,
    String trigger,
    String timing,
    String level,
    String function,
    String condition,
    String note) {

    public TraceStep {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
