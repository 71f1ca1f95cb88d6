package io.schemadoc.analysis.deps;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.TableRef;
import java.util.List;

/**
 * What one routine does to one table, all its statements together: the operations (in INSERT, UPDATE, DELETE,
 * MERGE, TRUNCATE order) and the columns its UPDATEs set (empty when none or not known).
 */
public record TableWrite(TableRef table, List<Operation> operations, List<String> updateColumns) {
    public TableWrite {
        operations = List.copyOf(operations);
        updateColumns = List.copyOf(updateColumns);
    }
}
