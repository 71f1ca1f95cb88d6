package io.schemadoc.analysis.trace;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.config.Config;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The traces the docs show: the {@code scenarios:} of the config (seed 002's "Scenario: …" sections) and, per table,
 * "what happens on INSERT / UPDATE / DELETE" when anything fires at all.
 */
public final class Scenarios {
    private Scenarios() {}

    /** Table pages show every table's cascades: smaller caps than {@code trace} keeps, so a dense schema stays readable. */
    static final Tracer.Options PAGE_LIMITS = new Tracer.Options(10, 300);

    /** A configured scenario with its trace. */
    public record Traced(Config.Scenario scenario, TraceResult result) {}

    /** Traces every configured scenario, in the config's order; a scenario naming no table of the schema is an error. */
    public static List<Traced> trace(DependencyGraph graph, List<Config.Scenario> scenarios) {
        List<Traced> out = new ArrayList<>();
        for (Config.Scenario s : scenarios) {
            QualifiedName table;
            Operation op;
            List<String> columns;
            try {
                table = TraceRequest.table(graph.schema(), s.table());
                op = TraceRequest.operation(s.operation());
                columns = TraceRequest.columns(graph.schema(), table, s.columns());
            } catch (TraceException e) {
                throw new TraceException("scenario '" + s.name() + "' in the config: " + e.getMessage());
            }
            out.add(new Traced(s, Tracer.trace(graph, table, op, columns)));
        }
        return out;
    }

    /**
     * For one table: the trace of INSERT, UPDATE (no columns given: every UPDATE OF trigger is conditional) and DELETE,
     * keeping only those where something fires beyond the statement itself. Views: the operations an INSTEAD OF trigger
     * handles. Empty when nothing ever fires.
     */
    public static Map<Operation, TraceResult> whatHappens(DependencyGraph graph, QualifiedName name) {
        Map<Operation, TraceResult> out = new LinkedHashMap<>();
        Table table = graph.index().table(name);
        if (table == null || table.kind() == io.schemadoc.model.TableKind.MATERIALIZED_VIEW) {
            return out;
        }
        for (Operation op : List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE)) {
            if (table.kind().isView() && table.triggers().stream().noneMatch(t -> t.timing() == io.schemadoc.model.Trigger.Timing.INSTEAD_OF
                && t.events().stream().anyMatch(e -> e.name().equals(op.name())))) {
                continue;
            }
            TraceResult r = Tracer.trace(graph, name, op, List.of(), PAGE_LIMITS);
            if (r.anythingFires()) {
                out.put(op, r);
            }
        }
        return out;
    }
}
