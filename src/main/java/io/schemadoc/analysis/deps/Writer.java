package io.schemadoc.analysis.deps;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.model.RoutineRef;
import java.util.List;

/**
 * A routine that writes a table, directly ({@code via} empty) or through the routines it calls ({@code via}: the
 * shortest call chain, first callee first, ending at the routine whose body writes the table).
 */
public record Writer(RoutineRef routine, List<Operation> operations, List<RoutineRef> via) {
    public Writer {
        operations = List.copyOf(operations);
        via = List.copyOf(via);
    }

    public boolean direct() {
        return via.isEmpty();
    }
}
