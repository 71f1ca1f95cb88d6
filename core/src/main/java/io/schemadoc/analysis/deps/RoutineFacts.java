package io.schemadoc.analysis.deps;

import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.RoutineAnalysis;
import io.schemadoc.analysis.body.TableRef;
import io.schemadoc.analysis.body.Unparsed;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import java.util.List;

/**
 * Everything known about one routine's links: the tables it writes and reads (its own body), the routines it calls
 * and is called by, the triggers that fire it, its dynamic SQL and unparsed statements, and {@code writesTransitively}:
 * its own writes plus those of every routine it calls, however deep. {@code changesRow}: for a trigger function that
 * assigns NEW columns, the tables whose BEFORE ROW triggers run it (the row being written there is changed).
 */
public record RoutineFacts(
    Routine routine,
    RoutineAnalysis analysis,
    List<TableWrite> writes,
    List<TableWrite> writesTransitively,
    List<TableRef> reads,
    List<RoutineRef> calls,
    List<RoutineRef> calledBy,
    List<TriggerOn> firedBy,
    List<RowChange> changesRow) {

    /** A BEFORE ROW trigger on {@code table} runs this routine, which sets {@code columns} of the row (NEW). */
    public record RowChange(io.schemadoc.model.QualifiedName table, String trigger, List<String> columns) {
        public RowChange {
            columns = List.copyOf(columns);
        }
    }

    public RoutineFacts {
        writes = List.copyOf(writes);
        writesTransitively = List.copyOf(writesTransitively);
        reads = List.copyOf(reads);
        calls = List.copyOf(calls);
        calledBy = List.copyOf(calledBy);
        firedBy = List.copyOf(firedBy);
        changesRow = List.copyOf(changesRow);
    }

    public RoutineRef ref() {
        return routine.ref();
    }

    public List<Effect.Dynamic> dynamic() {
        return analysis.dynamic();
    }

    public List<Unparsed> unparsed() {
        return analysis.unparsed();
    }
}
