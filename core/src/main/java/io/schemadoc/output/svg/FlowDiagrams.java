package io.schemadoc.output.svg;

import io.schemadoc.Parallel;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.trace.Scenarios;
import io.schemadoc.analysis.trace.TraceResult;
import io.schemadoc.analysis.trace.TraceStep;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Trace scenarios drawn as flow diagrams, one file under {@code flow/} per table operation that fires anything
 * ({@code flow/<page>.<op>.svg}) and per configured scenario ({@code flow/scenario-<n>.svg}). Boxes: the operation,
 * each trigger (timing, level, condition), the function it executes, each write, call, FK action; lines follow
 * {@link TraceResult#parents()}, the step number in each box title gives the firing order. Boxes link to the table
 * or routine page ({@code ext}: {@code .html} or {@code .md}). The traces come from {@link Scenarios}; attach the
 * result to the {@link DocInput} with {@code with(…)} so that pages read the same traces back.
 */
public final class FlowDiagrams {
    /** One diagram: file (relative to the output root), a caption, the trace it draws, the graph to lay out. */
    public record Flow(String file, String caption, TraceResult trace, ErGraph graph) {}

    private final Map<QualifiedName, Map<Operation, Flow>> byTable;
    private final List<Flow> scenarios;
    private final List<Scenarios.Traced> traced;

    private FlowDiagrams(Map<QualifiedName, Map<Operation, Flow>> byTable, List<Flow> scenarios, List<Scenarios.Traced> traced) {
        this.byTable = byTable;
        this.scenarios = scenarios;
        this.traced = traced;
    }

    public static FlowDiagrams of(DocInput input, String ext) {
        DependencyGraph g = Wording.graph(input);
        // Each table's traces read only the graph: traced in parallel, kept in table order.
        List<Table> tables = input.schema().tables();
        List<Map<Operation, Flow>> perTable = Parallel.map(tables, t -> {
            String page = input.pages().table(t.qualifiedName());
            if (page == null) {
                return null;
            }
            Map<Operation, TraceResult> traces = Scenarios.whatHappens(g, t.qualifiedName());
            if (traces.isEmpty()) {
                return null;
            }
            Map<Operation, Flow> flows = new LinkedHashMap<>();
            traces.forEach((op, r) -> flows.put(op, flow(input, ext, "flow/" + page + "." + op.name().toLowerCase(Locale.ROOT) + ".svg",
                op.name() + " on " + t.qualifiedName(), r)));
            return flows;
        });
        Map<QualifiedName, Map<Operation, Flow>> byTable = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            if (perTable.get(i) != null) {
                byTable.put(tables.get(i).qualifiedName(), perTable.get(i));
            }
        }
        List<Flow> scenarios = new ArrayList<>();
        List<Scenarios.Traced> traced = Scenarios.trace(g, input.config().scenarios());
        int n = 0;
        for (Scenarios.Traced s : traced) {
            scenarios.add(flow(input, ext, "flow/scenario-" + ++n + ".svg", "Scenario: " + s.scenario().name(), s.result()));
        }
        return new FlowDiagrams(byTable, scenarios, List.copyOf(traced));
    }

    /** The flows of a table's operations (INSERT, UPDATE, DELETE, … where anything fires), in the trace's order. */
    public Map<Operation, Flow> forTable(QualifiedName table) {
        return byTable.getOrDefault(table, Map.of());
    }

    /** The flows of the configured scenarios, in the order of the config. */
    public List<Flow> scenarios() {
        return scenarios;
    }

    /** The traced scenarios the flows draw, in the same order as {@link #scenarios()}: pages list the steps from these. */
    public List<Scenarios.Traced> traced() {
        return traced;
    }

    public List<Flow> all() {
        List<Flow> out = new ArrayList<>();
        byTable.values().forEach(m -> out.addAll(m.values()));
        out.addAll(scenarios);
        return out;
    }

    /** Lays out every flow and hands each file and its SVG text to {@code written}, in {@link #all()} order (as {@link SvgRenderer#drawAll}). */
    public void draw(SvgRenderer svg, BiConsumer<String, String> written) {
        Parallel.inBatches(all(), SvgRenderer.BATCH, f -> svg.renderFlow(f.graph()), (f, text) -> written.accept(f.file(), text));
    }

    /** file → SVG text of every flow, in {@link #all()} order. */
    public Map<String, String> render(SvgRenderer svg) {
        Map<String, String> files = new LinkedHashMap<>();
        draw(svg, files::put);
        return files;
    }

    static Flow flow(DocInput input, String ext, String file, String caption, TraceResult r) {
        return new Flow(file, caption, r, graph(input, ext, caption, r));
    }

    /**
     * The boxes of a trace: one per step, and for a trigger a second box for the function it executes, so that what
     * the function does hangs below the function and not below the trigger.
     */
    static ErGraph graph(DocInput input, String ext, String title, TraceResult r) {
        List<ErGraph.Box> boxes = new ArrayList<>();
        List<ErGraph.Relation> lines = new ArrayList<>();
        String[] exit = new String[r.steps().size()];
        // Same cap as the ER diagrams: a cascade over hundreds of tables is listed in full in the text, not drawn.
        int cap = Math.max(3, input.config().er().maxTablesPerDiagram());
        for (int i = 0; i < r.steps().size(); i++) {
            if (boxes.size() >= cap - 2) {
                boxes.add(new ErGraph.Box("more", "… " + (r.steps().size() - i) + " more steps (listed on the page)", null, List.of(), false, 0));
                break;
            }
            TraceStep s = r.steps().get(i);
            String id = "s" + i;
            String n = (i + 1) + ". ";
            String op = s.operation() == null ? "" : s.operation();
            String tableHref = s.table() == null ? null : tableHref(input, ext, s.table());
            List<ErGraph.Row> rows = new ArrayList<>();
            String boxTitle;
            String href = tableHref;
            switch (s.kind()) {
                case "operation" -> {
                    boxTitle = n + op + " " + s.table();
                    s.columns().forEach(c -> rows.add(new ErGraph.Row(c, "", false, false)));
                }
                case "trigger", "skipped" -> {
                    boxTitle = n + "trigger " + s.trigger() + (s.kind().equals("skipped") ? " (does not fire)" : "");
                    rows.add(new ErGraph.Row(s.timing() + " " + op, lower(s.level()), false, false));
                    rows.add(new ErGraph.Row("on " + s.table(), "", false, false));
                    if (s.condition() != null) {
                        rows.add(new ErGraph.Row("WHEN " + s.condition(), "", false, false));
                    }
                }
                case "write" -> {
                    boxTitle = n + op + " " + s.table();
                    s.columns().forEach(c -> rows.add(new ErGraph.Row(c, "", false, false)));
                }
                case "fk" -> {
                    boxTitle = n + "FK action: " + op + " " + s.table();
                    s.columns().forEach(c -> rows.add(new ErGraph.Row(c, "", false, false)));
                }
                case "call", "default", "generated", "check" -> {
                    boxTitle = n + s.kind() + ": " + s.function() + "()";
                    href = routineHref(input, ext, s.function());
                }
                default -> {
                    boxTitle = n + s.kind() + (s.function() != null ? ": " + s.function() + "()" : s.table() != null ? ": " + s.table() : "");
                    href = s.function() != null ? routineHref(input, ext, s.function()) : tableHref;
                }
            }
            if (s.note() != null && !s.kind().equals("operation")) {
                rows.add(new ErGraph.Row(Wording.abbreviate(s.note(), 60), "", false, false));
            }
            boxes.add(new ErGraph.Box(id, boxTitle, href, rows, s.kind().equals("operation") && i == 0, 0));
            exit[i] = id;
            int parent = i < r.parents().size() ? r.parents().get(i) : -1;
            if (parent >= 0 && parent < i) {
                lines.add(new ErGraph.Relation(exit[parent], id, String.valueOf(i + 1), false));
            }
            if (s.kind().equals("trigger") && s.function() != null) {
                String fid = id + "f";
                boxes.add(new ErGraph.Box(fid, s.function() + "()", routineHref(input, ext, s.function()), List.of(), false, 0));
                lines.add(new ErGraph.Relation(id, fid, "executes", false));
                exit[i] = fid;
            }
        }
        return new ErGraph(title, boxes, lines);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String tableHref(DocInput input, String ext, String dotted) {
        String page = input.pages().table(Wording.qualified(dotted));
        return page == null ? null : "../" + page + ext;
    }

    /** The page of {@code schema.name} (the first overload: a trace names the routine without its argument types). */
    private static String routineHref(DocInput input, String ext, String dotted) {
        if (dotted == null) {
            return null;
        }
        QualifiedName q = Wording.qualified(dotted);
        List<Routine> overloads = input.index().routines(q.schema(), q.name());
        if (overloads.isEmpty()) {
            return null;
        }
        String page = input.pages().routine(overloads.get(0).ref());
        return page == null ? null : "../" + page + ext;
    }
}
