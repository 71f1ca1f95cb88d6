package io.schemadoc.analysis.body;

import io.schemadoc.model.RoutineRef;
import java.util.List;

/** Something a routine body does that matters to what happens next, in body order. {@code line} is 1-based in the body. */
public sealed interface Effect permits Effect.Write, Effect.Call, Effect.Dynamic {

    int line();

    /**
     * A write to a table. {@code columns}: for UPDATE the columns SET (empty when not known), for INSERT the column
     * list if written. {@code via} says how when not a plain statement: {@code ON CONFLICT DO UPDATE}, {@code MERGE},
     * or null.
     */
    record Write(TableRef table, Operation operation, List<String> columns, String via, int line) implements Effect {
        public Write {
            columns = List.copyOf(columns);
        }
    }

    /** A call of a routine of the schema. {@code via}: PERFORM, SELECT, CALL, expression, … (for display). */
    record Call(RoutineRef routine, String via, int line) implements Effect {}

    /** Dynamic SQL (EXECUTE): its text is shown, never guessed at. */
    record Dynamic(String text, int line) implements Effect {}
}
