package io.schemadoc.analysis.trace;

import io.schemadoc.model.RoutineRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cascade of one operation: {@code table} as {@code schema.name}, {@code operation} in capitals, the steps in firing
 * order; {@code parents.get(i)} is the index of the step that step i follows from (-1 for the first); {@code routines}
 * every routine predicted to run.
 */
public record TraceResult(String table, String operation, List<String> columns, List<TraceStep> steps, List<Integer> parents,
                          Set<RoutineRef> routines) {

    public TraceResult {
        columns = List.copyOf(columns);
        steps = List.copyOf(steps);
        parents = List.copyOf(parents);
        routines = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(routines));
    }

    /** Whether anything fires at all (a trigger, FK action, default call) beyond the operation itself. */
    public boolean anythingFires() {
        return steps.stream().anyMatch(s -> !s.kind().equals("operation") || s.depth() > 0);
    }
}
