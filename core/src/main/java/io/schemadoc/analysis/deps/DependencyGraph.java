package io.schemadoc.analysis.deps;

import io.schemadoc.Parallel;
import io.schemadoc.analysis.body.BodyAnalyzer;
import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.RoutineAnalysis;
import io.schemadoc.analysis.body.TableRef;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who writes, reads, calls and fires what, over a whole schema: body analysis of every routine joined with the
 * catalog's triggers and view dependencies. Pure and deterministic: a {@link Schema} in, facts out, every list in
 * a stable order (tables and routines in the model's order, names in byte order).
 */
public final class DependencyGraph {

    private final Schema schema;
    private final SchemaIndex index;
    private final Map<RoutineRef, RoutineAnalysis> analyses = new LinkedHashMap<>();
    private final Map<RoutineRef, RoutineFacts> routines = new LinkedHashMap<>();
    private final Map<QualifiedName, TableFacts> tables = new LinkedHashMap<>();
    private final List<TriggerOn> triggers = new ArrayList<>();
    /** The model's routine order (schema, name, argument types), as positions: cheap to compare. */
    private final Map<RoutineRef, Integer> position = new HashMap<>();
    private final Comparator<RoutineRef> routineOrder = Comparator.comparingInt(r -> position.getOrDefault(r, Integer.MAX_VALUE));

    private DependencyGraph(Schema schema) {
        this.schema = schema;
        this.index = new SchemaIndex(schema);
        build();
    }

    public static DependencyGraph of(Schema schema) {
        return new DependencyGraph(schema);
    }

    public Schema schema() {
        return schema;
    }

    public SchemaIndex index() {
        return index;
    }

    /** The names (without schema) of every routine of the schema: lets callers skip expressions that call none. */
    public Set<String> routineNames() {
        return routineNames;
    }

    private final Set<String> routineNames = new HashSet<>();

    /** The body analysis of a routine, or null if the routine is not in the schema. */
    public RoutineAnalysis analysis(RoutineRef ref) {
        return analyses.get(ref);
    }

    public RoutineFacts routine(RoutineRef ref) {
        return routines.get(ref);
    }

    public TableFacts table(QualifiedName name) {
        return tables.get(name);
    }

    /** Every routine's facts, in the model's routine order (the Functions index of seed 002). */
    public List<RoutineFacts> routines() {
        return List.copyOf(routines.values());
    }

    /** Every table's and view's facts, in the model's table order (the Tables index of seed 002). */
    public List<TableFacts> tables() {
        return List.copyOf(tables.values());
    }

    /** Every trigger of the schema (clones on partitions left out), by table then name (the Triggers index). */
    public List<TriggerOn> triggers() {
        return List.copyOf(triggers);
    }

    private void build() {
        for (Routine r : schema.routines()) {
            position.put(r.ref(), position.size());
            routineNames.add(r.name());
        }
        // Bodies are read independently of each other (BodyAnalyzer is pure, the index read-only): in parallel, the
        // results put in the map in the model's order.
        List<Routine> all = schema.routines();
        List<RoutineAnalysis> read = Parallel.map(all, r -> BodyAnalyzer.analyze(r, index));
        for (int i = 0; i < read.size(); i++) {
            analyses.put(all.get(i).ref(), read.get(i));
        }
        Map<RoutineRef, List<TriggerOn>> firedBy = new HashMap<>();
        for (Table t : schema.tables()) {
            for (Trigger trg : t.triggers()) {
                if (trg.inherited()) {
                    continue;
                }
                TriggerOn on = new TriggerOn(t.qualifiedName(), trg);
                triggers.add(on);
                if (trg.function() != null) {
                    firedBy.computeIfAbsent(trg.function(), k -> new ArrayList<>()).add(on);
                }
            }
        }
        triggers.sort(TriggerOn.ORDER);
        Map<RoutineRef, Set<RoutineRef>> calledBy = new HashMap<>();
        for (RoutineAnalysis a : analyses.values()) {
            for (RoutineRef callee : a.calledRoutines()) {
                calledBy.computeIfAbsent(callee, k -> new TreeSet<>(routineOrder)).add(a.routine());
            }
        }
        for (Routine r : schema.routines()) {
            RoutineAnalysis a = analyses.get(r.ref());
            List<TriggerOn> fired = new ArrayList<>(firedBy.getOrDefault(r.ref(), List.of()));
            fired.sort(TriggerOn.ORDER);
            List<RoutineFacts.RowChange> changes = new ArrayList<>();
            if (!a.setsNew().isEmpty()) {
                for (TriggerOn on : fired) {
                    if (on.trigger().timing() == Trigger.Timing.BEFORE && on.trigger().level() == Trigger.Level.ROW) {
                        changes.add(new RoutineFacts.RowChange(on.table(), on.trigger().name(), a.setsNew()));
                    }
                }
            }
            routines.put(r.ref(), new RoutineFacts(r, a, aggregate(a.writes()), transitiveWrites(r.ref()),
                a.reads(), List.copyOf(a.calledRoutines()), List.copyOf(calledBy.getOrDefault(r.ref(), Set.of())), fired, changes));
        }
        Map<QualifiedName, List<Writer>> writers = writers(calledBy);
        for (Table t : schema.tables()) {
            List<TriggerOn> own = new ArrayList<>();
            for (Trigger trg : t.triggers()) {
                if (!trg.inherited()) {
                    own.add(new TriggerOn(t.qualifiedName(), trg));
                }
            }
            List<Writer> w = writers.getOrDefault(t.qualifiedName(), List.of());
            List<TriggerOn> writing = new ArrayList<>();
            for (Writer x : w) {
                writing.addAll(firedBy.getOrDefault(x.routine(), List.of()));
            }
            writing.sort(TriggerOn.ORDER);
            tables.put(t.qualifiedName(), new TableFacts(t, own, w, writing.stream().distinct().toList(), viewSources(t)));
        }
    }

    /** Operations by table, tables in name order, operations in enum order, UPDATE columns in first-seen order. */
    private static List<TableWrite> aggregate(List<Effect.Write> writes) {
        Map<TableRef, EnumSet<Operation>> ops = new TreeMap<>();
        Map<TableRef, List<String>> cols = new HashMap<>();
        for (Effect.Write w : writes) {
            ops.computeIfAbsent(w.table(), k -> EnumSet.noneOf(Operation.class)).add(w.operation());
            List<String> c = cols.computeIfAbsent(w.table(), k -> new ArrayList<>());
            if (w.operation() == Operation.UPDATE) {
                for (String col : w.columns()) {
                    if (!c.contains(col)) {
                        c.add(col);
                    }
                }
            }
        }
        List<TableWrite> out = new ArrayList<>();
        ops.forEach((t, o) -> out.add(new TableWrite(t, List.copyOf(o), cols.get(t))));
        return out;
    }

    /** The writes of a routine and of everything it calls, each routine visited once (recursion is fine). */
    private List<TableWrite> transitiveWrites(RoutineRef start) {
        Map<TableRef, EnumSet<Operation>> ops = new TreeMap<>();
        Map<TableRef, Set<String>> cols = new HashMap<>();
        Set<RoutineRef> seen = new HashSet<>();
        Deque<RoutineRef> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            RoutineRef r = todo.poll();
            if (!seen.add(r)) {
                continue;
            }
            RoutineAnalysis a = analyses.get(r);
            if (a == null) {
                continue;
            }
            for (TableWrite w : ownWrites.computeIfAbsent(r, k -> aggregate(a.writes()))) {
                ops.computeIfAbsent(w.table(), k -> EnumSet.noneOf(Operation.class)).addAll(w.operations());
                cols.computeIfAbsent(w.table(), k -> new java.util.LinkedHashSet<>()).addAll(w.updateColumns());
            }
            todo.addAll(callees.computeIfAbsent(r, k -> List.copyOf(a.calledRoutines())));
        }
        List<TableWrite> out = new ArrayList<>();
        ops.forEach((t, o) -> out.add(new TableWrite(t, List.copyOf(o), List.copyOf(cols.get(t)))));
        return out;
    }

    private final Map<RoutineRef, List<TableWrite>> ownWrites = new HashMap<>();
    private final Map<RoutineRef, List<RoutineRef>> callees = new HashMap<>();

    /**
     * For each table, the routines that write it: direct writers first, then, by a breadth-first walk up the
     * called-by edges, every routine that reaches a direct writer (with the shortest chain).
     */
    private Map<QualifiedName, List<Writer>> writers(Map<RoutineRef, Set<RoutineRef>> calledBy) {
        Map<QualifiedName, Map<RoutineRef, Writer>> byTable = new TreeMap<>();
        for (RoutineAnalysis a : analyses.values()) {
            for (TableWrite w : aggregate(a.writes())) {
                byTable.computeIfAbsent(w.table().qualifiedName(), k -> new LinkedHashMap<>())
                    .put(a.routine(), new Writer(a.routine(), w.operations(), null));
            }
        }
        Map<QualifiedName, List<Writer>> out = new HashMap<>();
        for (Map.Entry<QualifiedName, Map<RoutineRef, Writer>> e : byTable.entrySet()) {
            Map<RoutineRef, Writer> found = new LinkedHashMap<>(e.getValue());
            Deque<Writer> todo = new ArrayDeque<>();
            List<Writer> direct = new ArrayList<>(found.values());
            direct.sort(Comparator.comparing(Writer::routine, routineOrder));
            todo.addAll(direct);
            while (!todo.isEmpty()) {
                Writer w = todo.poll();
                for (RoutineRef caller : calledBy.getOrDefault(w.routine(), Set.of())) {
                    if (found.containsKey(caller)) {
                        continue;
                    }
                    Writer up = new Writer(caller, w.operations(), w.routine());
                    found.put(caller, up);
                    todo.add(up);
                }
            }
            List<Writer> list = new ArrayList<>(found.values());
            list.sort(Comparator.comparing((Writer w) -> !w.direct()).thenComparing(Writer::routine, routineOrder));
            out.put(e.getKey(), list);
        }
        return out;
    }

    /** What a view reads, recursively through the views it reads (each relation once, at its first, shortest path). */
    private List<TableFacts.ViewSource> viewSources(Table view) {
        if (!view.kind().isView()) {
            return List.of();
        }
        List<TableFacts.ViewSource> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(view.qualifiedName().toString());
        record Item(Table view, List<QualifiedName> through) {}
        Deque<Item> todo = new ArrayDeque<>();
        todo.add(new Item(view, List.of()));
        while (!todo.isEmpty()) {
            Item item = todo.poll();
            for (ObjectRef ref : item.view().dependsOn()) {
                if (ref.kind() == ObjectRef.Kind.ROUTINE || ref.kind() == ObjectRef.Kind.TYPE || ref.kind() == ObjectRef.Kind.SEQUENCE) {
                    continue;
                }
                if (!seen.add(ref.qualifiedName())) {
                    continue;
                }
                out.add(new TableFacts.ViewSource(ref, item.through()));
                Table inner = index.table(ref.schema(), ref.name());
                if (inner != null && inner.kind().isView()) {
                    List<QualifiedName> through = new ArrayList<>(item.through());
                    through.add(inner.qualifiedName());
                    todo.add(new Item(inner, through));
                }
            }
        }
        return out;
    }
}
