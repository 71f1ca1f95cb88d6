package io.schemadoc.output.markdown;

import io.schemadoc.analysis.body.Effect;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.TableRef;
import io.schemadoc.analysis.body.Unparsed;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.deps.RoutineFacts;
import io.schemadoc.analysis.deps.TableFacts;
import io.schemadoc.analysis.deps.TableWrite;
import io.schemadoc.analysis.deps.TriggerOn;
import io.schemadoc.analysis.deps.Writer;
import io.schemadoc.analysis.trace.Scenarios;
import io.schemadoc.analysis.trace.TraceResult;
import io.schemadoc.analysis.trace.TraceStep;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.Wording;
import io.schemadoc.output.svg.FlowDiagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sections issue 4 adds, as seed 002 shows them: per table "Written by" and "What happens on INSERT / UPDATE /
 * DELETE", per view what it reads recursively, per routine its dependencies; in the index the Triggers, Table writes,
 * Routine writes, Views and Scenarios tables. Facts come from the {@link DependencyGraph} attached to the
 * {@link DocInput} ({@link #graph}); every name is escaped and, where a page exists, linked.
 */
final class DependencySections {
    private DependencySections() {}

    static DependencyGraph graph(DocInput input) {
        return Wording.graph(input);
    }

    // ---- table pages ---------------------------------------------------------------------------------------------

    /** {@code ## Written by}: every routine that writes the table (directly or through calls) and the triggers running them. */
    static void writtenBy(TablePage page, StringBuilder out) {
        TableFacts facts = graph(page.input()).table(page.table().qualifiedName());
        if (facts == null || facts.writtenBy().isEmpty()) {
            return;
        }
        Links links = page.links();
        MdTable t = new MdTable("Routine", "Operations", "Through", "Run by triggers");
        DependencyGraph g = graph(page.input());
        for (Writer w : facts.writtenBy()) {
            RoutineFacts rf = g.routine(w.routine());
            String triggers = rf == null ? "" : rf.firedBy().stream().map(o -> Md.cell(o.trigger().name()) + " on " + links.table(o.table()))
                .collect(Collectors.joining(" <br /> "));
            t.row(routine(links, w.routine()), ops(w.operations()),
                w.through() == null ? "" : routine(links, w.through()), triggers);
        }
        out.append("## Written by\n\n");
        t.appendTo(out);
        out.append('\n');
    }

    /** {@code ## Reads (recursively)} on a view page: every relation it reads, through the views in between. */
    static void viewReads(TablePage page, StringBuilder out) {
        TableFacts facts = graph(page.input()).table(page.table().qualifiedName());
        if (facts == null || facts.viewSources().isEmpty()) {
            return;
        }
        MdTable t = new MdTable("Name", "Type", "Through");
        for (TableFacts.ViewSource v : facts.viewSources()) {
            QualifiedName q = new QualifiedName(v.relation().schema(), v.relation().name());
            t.row(page.links().table(q), v.relation().kind().name().replace('_', ' ').toLowerCase(Locale.ROOT),
                v.through().stream().map(page.links()::table).collect(Collectors.joining(" → ")));
        }
        out.append("## Reads (recursively)\n\n");
        t.appendTo(out);
        out.append('\n');
    }

    /** {@code ## What happens on INSERT / UPDATE / DELETE}: the trace of each operation where anything fires. */
    static void whatHappens(TablePage page, StringBuilder out) {
        FlowDiagrams flows = page.input().analysis(FlowDiagrams.class);
        Map<Operation, TraceResult> traces = new java.util.LinkedHashMap<>();
        if (flows == null) {
            traces.putAll(Scenarios.whatHappens(graph(page.input()), page.table().qualifiedName()));
        } else {
            // The traces the flow diagrams were drawn from (er.format: svg), not traced a second time.
            flows.forTable(page.table().qualifiedName()).forEach((op, f) -> traces.put(op, f.trace()));
        }
        if (traces.isEmpty()) {
            return;
        }
        out.append("## What happens on ").append(traces.keySet().stream().map(Operation::name).collect(Collectors.joining(" / "))).append("\n\n");
        for (Map.Entry<Operation, TraceResult> e : traces.entrySet()) {
            out.append("### ").append(e.getKey().name()).append("\n\n");
            steps(e.getValue(), page.links(), out);
            FlowDiagrams.Flow f = flows == null ? null : flows.forTable(page.table().qualifiedName()).get(e.getKey());
            if (f != null) {
                out.append("![flow](").append(f.file()).append(")\n\n");
            }
        }
    }

    // ---- routine pages -------------------------------------------------------------------------------------------

    /** {@code ## Dependencies}: writes, reads, calls, called by, fired by, row changes, dynamic SQL, unparsed statements. */
    static void dependencies(RoutinePage page, StringBuilder out) {
        RoutineFacts f = graph(page.input()).routine(page.routine().ref());
        if (f == null) {
            return;
        }
        Links links = page.links();
        MdTable t = new MdTable("Dependency", "Objects");
        if (f.analysis().note() != null) {
            t.row("Not analysed", Md.cell(f.analysis().note()));
        }
        if (!f.writes().isEmpty()) {
            t.row("Writes", f.writes().stream().map(w -> write(links, w)).collect(Collectors.joining(" <br /> ")));
        }
        List<TableWrite> indirect = f.writesTransitively().stream()
            .filter(w -> f.writes().stream().noneMatch(d -> d.table().equals(w.table()) && d.operations().containsAll(w.operations()))).toList();
        if (!indirect.isEmpty()) {
            t.row("Writes through calls", indirect.stream().map(w -> write(links, w)).collect(Collectors.joining(" <br /> ")));
        }
        for (RoutineFacts.RowChange c : f.changesRow()) {
            t.row("Changes the row (NEW)", links.table(c.table()) + " (" + Md.cell(String.join(", ", c.columns())) + ") via trigger " + Md.cell(c.trigger()));
        }
        if (!f.reads().isEmpty()) {
            t.row("Reads", f.reads().stream().map(r -> table(links, r)).collect(Collectors.joining(", ")));
        }
        if (!f.calls().isEmpty()) {
            t.row("Calls", f.calls().stream().map(r -> routine(links, r)).collect(Collectors.joining(", ")));
        }
        if (!f.calledBy().isEmpty()) {
            t.row("Called by", f.calledBy().stream().map(r -> routine(links, r)).collect(Collectors.joining(", ")));
        }
        if (!f.firedBy().isEmpty()) {
            t.row("Fired by", f.firedBy().stream().map(o -> Md.cell(o.trigger().name()) + " (" + Md.cell(o.firesOn().replace(" ON " + o.table(), "")) + ") on "
                + links.table(o.table())).collect(Collectors.joining(" <br /> ")));
        }
        for (Effect.Dynamic d : f.dynamic()) {
            t.row("Dynamic SQL (line " + d.line() + ")", "`EXECUTE` " + Md.cell(d.text()) + " — not analysed");
        }
        for (Unparsed u : f.unparsed()) {
            t.row("Unparsed statement (line " + u.line() + ")", Md.cell(Wording.abbreviate(u.text(), 160)) + " — " + Md.cell(u.reason()));
        }
        if (t.isEmpty()) {
            return;
        }
        out.append("## Dependencies\n\n");
        t.appendTo(out);
        out.append('\n');
    }

    // ---- index ---------------------------------------------------------------------------------------------------

    /** The index sections of seed 002: Triggers, Table writes, Routine writes, Views, Scenarios. */
    static void index(DocInput input, Links links, StringBuilder out) {
        DependencyGraph g = graph(input);
        MdTable triggers = new MdTable("Trigger", "Fires on", "Function", "Source file", "Comment");
        for (TriggerOn o : g.triggers()) {
            RoutineRef fn = o.trigger().function();
            triggers.row(Md.cell(o.trigger().name()), Md.cell(o.firesOn().replace(" ON " + o.table(), " ON ")) + links.table(o.table()),
                fn == null ? "" : routine(links, fn), source(o.trigger().source()), Md.cell(o.trigger().comment()));
        }
        section(out, "Triggers", triggers.dropEmptyLastColumn());

        MdTable indexes = new MdTable("Index", "Table/Columns", "Comment", "Source file");
        for (Table tb : input.schema().tables()) {
            for (io.schemadoc.model.Index ix : tb.indexes()) {
                if (ix.constraint() != null || ix.inherited()) {
                    continue;
                }
                String keys = ix.keys().stream().map(k -> k.text() + (k.descending() ? " DESC" : "")).collect(Collectors.joining(", "));
                indexes.row(Md.cell(ix.name()), links.table(tb.qualifiedName()) + Md.cell("(" + keys + ")"
                    + (ix.predicate() == null ? "" : " WHERE " + ix.predicate())), Md.cell(ix.comment()), source(ix.source()));
            }
        }
        if (indexes.isEmpty() || input.schema().tables().stream().flatMap(tb -> tb.indexes().stream()).noneMatch(ix -> ix.source() != null)) {
            // Without provenance this repeats the table pages; it is worth its space when it names the files.
            indexes = new MdTable("Index");
        }
        section(out, "Indexes", indexes.dropEmptyLastColumn());

        MdTable tables = new MdTable("Table", "Triggers on it", "Written by", "Written through triggers on");
        for (TableFacts f : g.tables()) {
            if (f.triggers().isEmpty() && f.writtenBy().isEmpty()) {
                continue;
            }
            tables.row(links.table(f.table().qualifiedName()),
                f.triggers().stream().map(o -> Md.cell(o.trigger().name()) + " → " + (o.trigger().function() == null ? "" : routine(links, o.trigger().function())))
                    .collect(Collectors.joining(" <br /> ")),
                f.writtenBy().stream().map(w -> routine(links, w.routine()) + " (" + ops(w.operations()) + (w.direct() ? "" : ", through calls") + ")")
                    .collect(Collectors.joining(" <br /> ")),
                f.writingTriggers().stream().map(o -> Md.cell(o.trigger().name()) + " on " + links.table(o.table())).collect(Collectors.joining(" <br /> ")));
        }
        section(out, "Table writes", tables);

        MdTable routines = new MdTable("Routine", "Writes", "Calls", "Source file");
        for (RoutineFacts f : g.routines()) {
            Routine r = f.routine();
            if (r.kind() == Routine.Kind.AGGREGATE || r.kind() == Routine.Kind.WINDOW) {
                continue;
            }
            List<String> writes = new ArrayList<>(f.writes().stream().map(w -> write(links, w)).toList());
            for (RoutineFacts.RowChange c : f.changesRow()) {
                writes.add("the row written to " + links.table(c.table()) + " (NEW: " + Md.cell(String.join(", ", c.columns())) + ")");
            }
            if (writes.isEmpty() && f.calls().isEmpty()) {
                // The index already lists every routine; this table is about the ones that change or call something.
                continue;
            }
            routines.row(routine(links, r.ref()), String.join(" <br /> ", writes),
                f.calls().stream().map(c -> routine(links, c)).collect(Collectors.joining(", ")), source(r.source()));
        }
        section(out, "Routine writes", routines.dropEmptyLastColumn());

        MdTable views = new MdTable("View", "Reads (recursively)", "Source file");
        for (TableFacts f : g.tables()) {
            if (!f.table().kind().isView()) {
                continue;
            }
            views.row(links.table(f.table().qualifiedName()), f.viewSources().stream()
                .map(v -> links.table(new QualifiedName(v.relation().schema(), v.relation().name()))).collect(Collectors.joining(", ")),
                source(f.table().source()));
        }
        section(out, "Views", views.dropEmptyLastColumn());

        FlowDiagrams flows = input.analysis(FlowDiagrams.class);
        List<Scenarios.Traced> scenarios = flows != null ? flows.traced() : Scenarios.trace(g, input.config().scenarios());
        if (!scenarios.isEmpty()) {
            out.append("## Scenarios\n\n");
            for (Scenarios.Traced s : scenarios) {
                out.append("- ").append(Md.cell(s.scenario().name())).append('\n');
            }
            out.append('\n');
            int n = 0;
            for (Scenarios.Traced s : scenarios) {
                n++;
                out.append("### Scenario: ").append(Md.heading(s.scenario().name())).append("\n\n");
                if (s.scenario().description() != null && !s.scenario().description().isBlank()) {
                    out.append(Md.paragraph(s.scenario().description())).append("\n\n");
                }
                steps(s.result(), links, out);
                if (flows != null && n <= flows.scenarios().size()) {
                    out.append("![flow](").append(flows.scenarios().get(n - 1).file()).append(")\n\n");
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** A trace as a flat numbered list (seed 002's scenario style); nesting shows as "↳" marks. */
    static void steps(TraceResult r, Links links, StringBuilder out) {
        int n = 1;
        for (TraceStep s : r.steps()) {
            out.append(n++).append(". ").append(s.depth() > 0 ? "↳".repeat(Math.min(s.depth(), 8)) + " " : "").append(sentence(s, links)).append('\n');
        }
        out.append('\n');
    }

    static String sentence(TraceStep s, Links links) {
        return render(Wording.sentence(s), links);
    }

    /** The shared wording in Markdown: schema text escaped for a table cell, code in backticks, links via {@link Links}. */
    static String render(List<Wording.Part> parts, Links links) {
        return Wording.render(parts, new Wording.Format() {
            public String words(String text) {
                return text;
            }

            public String text(String text) {
                return Md.cell(text);
            }

            public String code(String text) {
                return "`" + text.replace("`", "") + "`";
            }

            public String table(QualifiedName table) {
                return links.table(table);
            }

            public String routine(RoutineRef routine) {
                return DependencySections.routine(links, routine);
            }
        });
    }

    private static String ops(List<Operation> ops) {
        return Wording.ops(ops);
    }

    private static String write(Links links, TableWrite w) {
        return table(links, w.table()) + " (" + ops(w.operations())
            + (w.updateColumns().isEmpty() ? "" : ": " + Md.cell(String.join(", ", w.updateColumns()))) + ")";
    }

    private static String table(Links links, TableRef t) {
        return t.resolved() ? links.table(t.qualifiedName()) : Md.cell(t.toString()) + " (not in the schema)";
    }

    /** {@code schema.name(types)}: overloads stay apart. */
    private static String routine(Links links, RoutineRef r) {
        return links.routine(r, r.qualifiedName() + "(" + r.argumentTypes() + ")");
    }

    private static String source(SourceLocation s) {
        return s == null ? "" : Md.cell(s.label());
    }


    private static void section(StringBuilder out, String heading, MdTable table) {
        if (table.isEmpty()) {
            return;
        }
        out.append("## ").append(heading).append("\n\n");
        table.appendTo(out);
        out.append('\n');
    }

    static List<TableSection> tableSections() {
        List<TableSection> out = new ArrayList<>();
        out.add(DependencySections::viewReads);
        out.add(DependencySections::writtenBy);
        out.add(DependencySections::whatHappens);
        return out;
    }
}
