package io.schemadoc.analysis.deps;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.model.RoutineRef;
import java.util.List;

/**
 * A routine that writes a table, directly ({@code through} null) or through the routines it calls: {@code through}
 * is the routine it calls first on a shortest call chain to a routine whose body writes the table (follow the
 * table's writers from there for the rest of the chain; storing whole chains would grow with the cube of a long
 * call chain).
 */
public record Writer(RoutineRef routine, List<Operation> operations, RoutineRef through) {
    public Writer {
        operations = List.copyOf(operations);
    }

    public boolean direct() {
        return through == null;
    }
}
