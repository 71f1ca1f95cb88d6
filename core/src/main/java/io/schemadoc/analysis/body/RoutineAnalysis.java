package io.schemadoc.analysis.body;

import io.schemadoc.model.RoutineRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one routine's body does: effects in body order (writes, calls, dynamic SQL), the tables it reads (sorted,
 * resolved ones only), the columns it sets on NEW (a trigger function changing the row being written), the statements
 * it could not read, and a {@code note} when the body is not analysed at all (a language other than SQL and
 * PL/pgSQL), else null.
 */
public record RoutineAnalysis(RoutineRef routine, List<Effect> effects, List<TableRef> reads, List<String> setsNew,
                              List<Unparsed> unparsed, String note) {

    public RoutineAnalysis {
        effects = List.copyOf(effects);
        setsNew = List.copyOf(setsNew);
        reads = List.copyOf(reads);
        unparsed = List.copyOf(unparsed);
    }

    public List<Effect.Write> writes() {
        return effects.stream().filter(Effect.Write.class::isInstance).map(Effect.Write.class::cast).toList();
    }

    public List<Effect.Call> calls() {
        return effects.stream().filter(Effect.Call.class::isInstance).map(Effect.Call.class::cast).toList();
    }

    public List<Effect.Dynamic> dynamic() {
        return effects.stream().filter(Effect.Dynamic.class::isInstance).map(Effect.Dynamic.class::cast).toList();
    }

    /** The distinct routines called, in first-call order. */
    public Set<RoutineRef> calledRoutines() {
        Set<RoutineRef> out = new LinkedHashSet<>();
        calls().forEach(c -> out.add(c.routine()));
        return out;
    }
}
