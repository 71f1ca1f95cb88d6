package io.schemadoc.output.html;

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
import io.schemadoc.output.Wording;
import io.schemadoc.output.svg.FlowDiagrams;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The analysis sections of the Markdown pages, in HTML: per table "Written by" and "What happens on …", per view
 * "Reads (recursively)", per routine "Dependencies", in the index Triggers, Indexes, Table writes, Routine writes,
 * Views and Scenarios. Facts come from the {@link DependencyGraph} attached to the input ({@link Wording#graph});
 * trace sentences share their wording with the Markdown through {@link Wording}. Every schema string goes through
 * {@link Html#text}.
 */
final class AnalysisSections {
    private AnalysisSections() {}

    // ---- table pages ---------------------------------------------------------------------------------------------

    static void writtenBy(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        DependencyGraph g = Wording.graph(page.input());
        TableFacts facts = g.table(page.table().qualifiedName());
        if (facts == null || facts.writtenBy().isEmpty()) {
            return;
        }
        HtmlTable t = new HtmlTable("Routine", "Operations", "Through", "Run by triggers");
        for (Writer w : facts.writtenBy()) {
            RoutineFacts rf = g.routine(w.routine());
            String triggers = rf == null ? "" : rf.firedBy().stream()
                .map(o -> "<code>" + Html.text(o.trigger().name()) + "</code> on " + table(site, o.table())).collect(Collectors.joining("<br>"));
            t.row(routine(site, w.routine()), Html.text(Wording.ops(w.operations())), w.through() == null ? "" : routine(site, w.through()), triggers);
        }
        page.open(out, "written-by", "Written by");
        t.appendTo(out);
        out.append("</section>\n");
    }

    static void viewReads(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        TableFacts facts = Wording.graph(page.input()).table(page.table().qualifiedName());
        if (facts == null || facts.viewSources().isEmpty()) {
            return;
        }
        HtmlTable t = new HtmlTable("Name", "Type", "Through");
        for (TableFacts.ViewSource v : facts.viewSources()) {
            QualifiedName q = new QualifiedName(v.relation().schema(), v.relation().name());
            t.row(table(site, q), Html.text(v.relation().kind().name().replace('_', ' ').toLowerCase(Locale.ROOT)),
                v.through().stream().map(x -> table(site, x)).collect(Collectors.joining(" → ")));
        }
        page.open(out, "reads", "Reads (recursively)");
        t.appendTo(out);
        out.append("</section>\n");
    }

    static void whatHappens(TablePage page, StringBuilder out) {
        FlowDiagrams flows = page.input().analysis(FlowDiagrams.class);
        Map<Operation, TraceResult> traces = new LinkedHashMap<>();
        Map<Operation, FlowDiagrams.Flow> pictures = flows == null ? Map.of() : flows.forTable(page.table().qualifiedName());
        if (flows == null) {
            traces.putAll(Scenarios.whatHappens(Wording.graph(page.input()), page.table().qualifiedName()));
        } else {
            pictures.forEach((op, f) -> traces.put(op, f.trace()));
        }
        if (traces.isEmpty()) {
            return;
        }
        page.open(out, "what-happens", "What happens on " + traces.keySet().stream().map(Operation::name).collect(Collectors.joining(" / ")));
        for (Map.Entry<Operation, TraceResult> e : traces.entrySet()) {
            String op = e.getKey().name().toLowerCase(Locale.ROOT);
            out.append("<h3 id=\"on-").append(op).append("\">").append(e.getKey().name()).append("</h3>\n");
            steps(page.site(), e.getValue(), "", out);
            FlowDiagrams.Flow f = pictures.get(e.getKey());
            if (f != null) {
                out.append(Page.diagram(page.site(), "", f.file(), f.caption()));
            }
        }
        out.append("</section>\n");
    }

    // ---- routine pages -------------------------------------------------------------------------------------------

    static void dependencies(SiteContext site, Routine r, StringBuilder out) {
        RoutineFacts f = Wording.graph(site.input()).routine(r.ref());
        if (f == null) {
            return;
        }
        HtmlTable t = new HtmlTable("Dependency", "Objects");
        if (f.analysis().note() != null) {
            t.row("Not analysed", Html.text(f.analysis().note()));
        }
        if (!f.writes().isEmpty()) {
            t.row("Writes", f.writes().stream().map(w -> write(site, w)).collect(Collectors.joining("<br>")));
        }
        List<TableWrite> indirect = f.writesTransitively().stream()
            .filter(w -> f.writes().stream().noneMatch(d -> d.table().equals(w.table()) && d.operations().containsAll(w.operations()))).toList();
        if (!indirect.isEmpty()) {
            t.row("Writes through calls", indirect.stream().map(w -> write(site, w)).collect(Collectors.joining("<br>")));
        }
        for (RoutineFacts.RowChange c : f.changesRow()) {
            t.row("Changes the row (NEW)", table(site, c.table()) + " (" + Html.text(String.join(", ", c.columns())) + ") via trigger <code>"
                + Html.text(c.trigger()) + "</code>");
        }
        if (!f.reads().isEmpty()) {
            t.row("Reads", f.reads().stream().map(x -> table(site, x)).collect(Collectors.joining(", ")));
        }
        if (!f.calls().isEmpty()) {
            t.row("Calls", f.calls().stream().map(x -> routine(site, x)).collect(Collectors.joining(", ")));
        }
        if (!f.calledBy().isEmpty()) {
            t.row("Called by", f.calledBy().stream().map(x -> routine(site, x)).collect(Collectors.joining(", ")));
        }
        if (!f.firedBy().isEmpty()) {
            t.row("Fired by", f.firedBy().stream().map(o -> "<code>" + Html.text(o.trigger().name()) + "</code> ("
                + Html.text(o.firesOn().replace(" ON " + o.table(), "")) + ") on " + table(site, o.table())).collect(Collectors.joining("<br>")));
        }
        for (Effect.Dynamic d : f.dynamic()) {
            t.row("Dynamic SQL (line " + d.line() + ")", "<code>EXECUTE</code> <code>" + Html.text(d.text()) + "</code> — not analysed");
        }
        for (Unparsed u : f.unparsed()) {
            t.row("Unparsed statement (line " + u.line() + ")", "<code>" + Html.text(Wording.abbreviate(u.text(), 160)) + "</code> — " + Html.text(u.reason()));
        }
        if (t.isEmpty()) {
            return;
        }
        TableSections.heading(out, "dependencies", "Dependencies");
        t.appendTo(out);
        out.append("</section>\n");
    }

    // ---- index ---------------------------------------------------------------------------------------------------

    static void index(SiteContext site, StringBuilder out) {
        DependencyGraph g = Wording.graph(site.input());
        HtmlTable triggers = new HtmlTable("Trigger", "Fires on", "Function", "Source file", "Comment");
        for (TriggerOn o : g.triggers()) {
            RoutineRef fn = o.trigger().function();
            triggers.row("<code>" + Html.text(o.trigger().name()) + "</code>", Html.text(o.firesOn().replace(" ON " + o.table(), " ON ")) + table(site, o.table()),
                fn == null ? "" : routine(site, fn), source(o.trigger().source()), TableSections.comment(o.trigger().comment()));
        }
        section(out, "index-triggers", "Triggers", triggers.dropEmptyLastColumn());

        HtmlTable indexes = new HtmlTable("Index", "Table/Columns", "Comment", "Source file");
        boolean anySource = false;
        for (Table tb : site.input().schema().tables()) {
            for (io.schemadoc.model.Index ix : tb.indexes()) {
                if (ix.constraint() != null || ix.inherited()) {
                    continue;
                }
                anySource |= ix.source() != null;
                String keys = ix.keys().stream().map(k -> k.text() + (k.descending() ? " DESC" : "")).collect(Collectors.joining(", "));
                indexes.row("<code>" + Html.text(ix.name()) + "</code>", table(site, tb.qualifiedName()) + " <code>" + Html.text("(" + keys + ")"
                    + (ix.predicate() == null ? "" : " WHERE " + ix.predicate())) + "</code>", TableSections.comment(ix.comment()), source(ix.source()));
            }
        }
        if (anySource) {
            // Without provenance this repeats the table pages, as in the Markdown index.
            section(out, "index-indexes", "Indexes", indexes.dropEmptyLastColumn());
        }

        HtmlTable tables = new HtmlTable("Table", "Triggers on it", "Written by", "Written through triggers on");
        for (TableFacts f : g.tables()) {
            if (f.triggers().isEmpty() && f.writtenBy().isEmpty()) {
                continue;
            }
            tables.row(table(site, f.table().qualifiedName()),
                f.triggers().stream().map(o -> "<code>" + Html.text(o.trigger().name()) + "</code> → "
                    + (o.trigger().function() == null ? "" : routine(site, o.trigger().function()))).collect(Collectors.joining("<br>")),
                f.writtenBy().stream().map(w -> routine(site, w.routine()) + " (" + Html.text(Wording.ops(w.operations())) + (w.direct() ? "" : ", through calls") + ")")
                    .collect(Collectors.joining("<br>")),
                f.writingTriggers().stream().map(o -> "<code>" + Html.text(o.trigger().name()) + "</code> on " + table(site, o.table())).collect(Collectors.joining("<br>")));
        }
        section(out, "table-writes", "Table writes", tables);

        HtmlTable routines = new HtmlTable("Routine", "Writes", "Calls", "Source file");
        for (RoutineFacts f : g.routines()) {
            Routine r = f.routine();
            if (r.kind() == Routine.Kind.AGGREGATE || r.kind() == Routine.Kind.WINDOW) {
                continue;
            }
            List<String> writes = new ArrayList<>(f.writes().stream().map(w -> write(site, w)).toList());
            for (RoutineFacts.RowChange c : f.changesRow()) {
                writes.add("the row written to " + table(site, c.table()) + " (NEW: " + Html.text(String.join(", ", c.columns())) + ")");
            }
            if (writes.isEmpty() && f.calls().isEmpty()) {
                continue;
            }
            routines.row(routine(site, r.ref()), String.join("<br>", writes), f.calls().stream().map(c -> routine(site, c)).collect(Collectors.joining(", ")),
                source(r.source()));
        }
        section(out, "routine-writes", "Routine writes", routines.dropEmptyLastColumn());

        HtmlTable views = new HtmlTable("View", "Reads (recursively)", "Source file");
        for (TableFacts f : g.tables()) {
            if (!f.table().kind().isView()) {
                continue;
            }
            views.row(table(site, f.table().qualifiedName()), f.viewSources().stream()
                .map(v -> table(site, new QualifiedName(v.relation().schema(), v.relation().name()))).collect(Collectors.joining(", ")), source(f.table().source()));
        }
        section(out, "views", "Views", views.dropEmptyLastColumn());

        FlowDiagrams flows = site.input().analysis(FlowDiagrams.class);
        List<Scenarios.Traced> scenarios = flows != null ? flows.traced() : Scenarios.trace(g, site.input().config().scenarios());
        if (!scenarios.isEmpty()) {
            TableSections.heading(out, "scenarios", "Scenarios");
            int n = 0;
            for (Scenarios.Traced s : scenarios) {
                out.append("<h3 id=\"scenario-").append(++n).append("\">Scenario: ").append(Html.text(s.scenario().name())).append("</h3>\n");
                if (s.scenario().description() != null && !s.scenario().description().isBlank()) {
                    out.append("<p class=\"comment\">").append(Html.text(s.scenario().description())).append("</p>\n");
                }
                steps(site, s.result(), "", out);
                if (flows != null && n <= flows.scenarios().size()) {
                    FlowDiagrams.Flow f = flows.scenarios().get(n - 1);
                    out.append(Page.diagram(site, "", f.file(), f.caption()));
                }
            }
            out.append("</section>\n");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** A trace as a numbered list; nesting shows as "↳" marks, as in the Markdown. */
    static void steps(SiteContext site, TraceResult r, String root, StringBuilder out) {
        out.append("<ol class=\"trace\">\n");
        for (TraceStep s : r.steps()) {
            out.append("<li>").append(s.depth() > 0 ? "↳".repeat(Math.min(s.depth(), 8)) + " " : "").append(sentence(site, s, root)).append("</li>\n");
        }
        out.append("</ol>\n");
    }

    static String sentence(SiteContext site, TraceStep s, String root) {
        return Wording.render(Wording.sentence(s), new Wording.Format() {
            public String words(String text) {
                return Html.text(text);
            }

            public String text(String text) {
                return Html.text(text);
            }

            public String code(String text) {
                return "<code>" + Html.text(text) + "</code>";
            }

            public String table(QualifiedName table) {
                return TableSections.tableLink(site, table, root);
            }

            public String routine(RoutineRef routine) {
                return AnalysisSections.routine(site, routine, root);
            }
        });
    }

    private static String write(SiteContext site, TableWrite w) {
        return table(site, w.table()) + " (" + Html.text(Wording.ops(w.operations())
            + (w.updateColumns().isEmpty() ? "" : ": " + String.join(", ", w.updateColumns()))) + ")";
    }

    private static String table(SiteContext site, TableRef t) {
        return t.resolved() ? table(site, t.qualifiedName()) : "<code>" + Html.text(t.toString()) + "</code> (not in the schema)";
    }

    private static String table(SiteContext site, QualifiedName q) {
        return TableSections.tableLink(site, q, "");
    }

    private static String routine(SiteContext site, RoutineRef r) {
        return routine(site, r, "");
    }

    /** {@code schema.name(types)}, linked to the routine's page when it has one; overloads stay apart. */
    static String routine(SiteContext site, RoutineRef r, String root) {
        String label = Html.text(r.qualifiedName() + "(" + r.argumentTypes() + ")");
        String page = site.input().pages().routine(r);
        return page == null ? "<code>" + label + "</code>" : "<a href=\"" + root + Html.text(page) + ".html\">" + label + "</a>";
    }

    private static String source(SourceLocation s) {
        return s == null ? "" : "<code>" + Html.text(s.file()) + "</code>" + (s.unit() == null ? "" : " " + Html.text(s.unit()));
    }

    private static void section(StringBuilder out, String id, String heading, HtmlTable table) {
        if (table.isEmpty()) {
            return;
        }
        TableSections.heading(out, id, heading);
        table.appendTo(out);
        out.append("</section>\n");
    }
}
