package io.schemadoc.output.html;

import io.schemadoc.config.Config;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.output.svg.ErDiagrams;
import java.util.List;
import java.util.Locale;

/** The index page, one page per schema and one per viewpoint: lists and the diagrams that fit. */
final class OverviewPages {
    private OverviewPages() {}

    static String index(SiteContext site) {
        StringBuilder out = new StringBuilder(1 << 14);
        List<Table> tables = site.input().schema().tables();
        out.append("<h1>").append(Html.text(site.title())).append("</h1>\n");
        TableSections.heading(out, "description", "Description");
        String description = site.input().config().description();
        out.append(description == null ? "" : "<p class=\"comment\">" + Html.text(description) + "</p>\n");
        out.append("<p>").append(tables.size()).append(tables.size() == 1 ? " table or view, " : " tables and views, ")
            .append(site.input().schema().routines().size()).append(" routines");
        if (site.input().schema().serverVersion() != null) {
            out.append(", PostgreSQL ").append(Html.text(site.input().schema().serverVersion()));
        }
        out.append(".</p>\n</section>\n");
        List<String> notes = site.input().schema().notes();
        if (!notes.isEmpty()) {
            // What the source could not apply (a skipped Flyway Java migration, say), before anything that relies on it.
            TableSections.heading(out, "notes", "Notes");
            out.append("<ul>\n");
            for (String note : notes) {
                out.append("<li>").append(Html.text(note)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        ErDiagrams er = site.diagrams();
        if (er.all() != null || er.overview() != null) {
            TableSections.heading(out, "relations", "Relations");
            ErDiagrams.Diagram d = er.all() != null ? er.all() : er.overview();
            out.append(Page.diagram(site, "", d.file(), d.title()));
            out.append("</section>\n");
        }

        if (!site.input().schema().schemas().isEmpty()) {
            TableSections.heading(out, "schemas", "Schemas");
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Tables</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (Namespace ns : site.input().schema().schemas()) {
                long n = tables.stream().filter(t -> t.schema().equals(ns.name())).count();
                out.append("<tr><th scope=\"row\"><a href=\"schemas/").append(Html.id(ns.name())).append(".html\">").append(Html.text(ns.name()))
                    .append("</a></th><td>").append(n).append("</td><td>").append(TableSections.comment(ns.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }
        if (!site.input().config().viewpoints().isEmpty()) {
            TableSections.heading(out, "viewpoints", "Viewpoints");
            out.append("<ul>\n");
            for (Config.Viewpoint vp : site.input().config().viewpoints()) {
                out.append("<li><a href=\"viewpoints/").append(Html.id(vp.name())).append(".html\">").append(Html.text(vp.name())).append("</a> ")
                    .append(TableSections.comment(vp.description())).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        TableSections.heading(out, "tables", "Tables");
        tableList(site, tables, "", out);
        out.append("</section>\n");
        List<Routine> routines = site.input().schema().routines();
        if (!routines.isEmpty()) {
            TableSections.heading(out, "routines", "Stored procedures and functions");
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">ReturnType</th><th scope=\"col\">Arguments</th>")
                .append("<th scope=\"col\">Type</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (Routine r : routines) {
                out.append("<tr><th scope=\"row\"><a href=\"").append(Html.text(site.input().pages().routine(r.ref()))).append(".html\">")
                    .append(Html.text(r.schema() + "." + r.name())).append("</a></th><td><code>").append(Html.text(r.returns()))
                    .append("</code></td><td><code>").append(Html.text(r.argumentsText())).append("</code></td><td>")
                    .append(r.kind().name()).append("</td><td>").append(TableSections.comment(r.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }
        List<EnumType> enums = site.input().schema().enums();
        if (!enums.isEmpty()) {
            TableSections.heading(out, "enums", "Enums");
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Values</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (EnumType e : enums) {
                out.append("<tr><th scope=\"row\"><code>").append(Html.text(e.qualifiedName().toString())).append("</code></th><td>");
                for (int i = 0; i < e.labels().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append("<code>").append(Html.text(e.labels().get(i))).append("</code>");
                }
                out.append("</td><td>").append(TableSections.comment(e.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }
        List<io.schemadoc.model.Domain> domains = site.input().schema().domains();
        if (!domains.isEmpty()) {
            TableSections.heading(out, "domains", "Domains");
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Default</th>")
                .append("<th scope=\"col\">Checks</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (io.schemadoc.model.Domain d : domains) {
                out.append("<tr><th scope=\"row\"><code>").append(Html.text(d.qualifiedName().toString())).append("</code></th><td><code>")
                    .append(Html.text(d.baseType())).append(d.notNull() ? " NOT NULL" : "").append("</code></td><td><code>")
                    .append(Html.text(d.defaultValue())).append("</code></td><td>");
                for (int i = 0; i < d.checks().size(); i++) {
                    out.append(i == 0 ? "" : "<br>").append("<code>").append(Html.text(d.checks().get(i).definition())).append("</code>");
                }
                out.append("</td><td>").append(TableSections.comment(d.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }
        List<io.schemadoc.model.Extension> extensions = site.input().schema().extensions();
        if (!extensions.isEmpty()) {
            TableSections.heading(out, "extensions", "Extensions");
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Version</th><th scope=\"col\">Schema</th>")
                .append("<th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (io.schemadoc.model.Extension e : extensions) {
                out.append("<tr><th scope=\"row\"><code>").append(Html.text(e.name())).append("</code></th><td>").append(Html.text(e.version()))
                    .append("</td><td>").append(Html.text(e.schema())).append("</td><td>").append(TableSections.comment(e.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }
        AnalysisSections.index(site, out);
        return Page.frame(site, "", "Index", out.toString());
    }

    static void tableList(SiteContext site, List<Table> tables, String root, StringBuilder out) {
        out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Columns</th><th scope=\"col\">Comment</th>")
            .append("<th scope=\"col\">Type</th></tr></thead>\n<tbody>\n");
        for (Table t : tables) {
            out.append("<tr><th scope=\"row\">").append(TableSections.tableLink(site, t.qualifiedName(), root)).append("</th><td>")
                .append(t.columns().size()).append("</td><td>").append(TableSections.comment(t.comment())).append("</td><td>")
                .append(Html.text(t.kind().label())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    static String schema(SiteContext site, Namespace ns) {
        StringBuilder out = new StringBuilder(4096);
        List<Table> tables = site.input().schema().tables().stream().filter(t -> t.schema().equals(ns.name())).toList();
        out.append("<h1>schema <code>").append(Html.text(ns.name())).append("</code></h1>\n");
        TableSections.heading(out, "description", "Description");
        out.append(ns.comment() == null ? "<p class=\"none\">No comment.</p>\n" : "<p class=\"comment\">" + Html.text(ns.comment()) + "</p>\n");
        out.append("</section>\n");
        ErDiagrams er = site.diagrams();
        List<ErDiagrams.Diagram> diagrams = er.forSchema(ns.name());
        if (!diagrams.isEmpty()) {
            TableSections.heading(out, "relations", "Relations");
            ErDiagrams.Diagram overview = er.schemaOverview(ns.name());
            if (overview == null) {
                out.append(Page.diagram(site, "../", diagrams.get(0).file(), diagrams.get(0).title()));
            } else {
                out.append("<p>").append(tables.size()).append(" tables are too many for one readable picture: they are drawn in ")
                    .append(diagrams.size()).append(" parts of related tables, and each table page shows its neighbourhood.</p>\n");
                out.append(Page.diagram(site, "../", overview.file(), overview.title()));
                out.append("<ol class=\"parts\">\n");
                for (ErDiagrams.Diagram d : diagrams) {
                    out.append("<li><a href=\"../").append(Html.text(d.file())).append("\">").append(Html.text(d.title())).append("</a></li>\n");
                }
                out.append("</ol>\n");
            }
            out.append("</section>\n");
        }
        TableSections.heading(out, "tables", "Tables");
        tableList(site, tables, "../", out);
        out.append("</section>\n");
        return Page.frame(site, "../", "schema " + ns.name(), out.toString());
    }

    static String viewpoint(SiteContext site, Config.Viewpoint vp) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<h1>viewpoint ").append(Html.text(vp.name())).append("</h1>\n");
        TableSections.heading(out, "description", "Description");
        out.append(vp.description() == null ? "" : "<p class=\"comment\">" + Html.text(vp.description()) + "</p>\n");
        out.append("</section>\n");
        ErDiagrams.Diagram d = site.diagrams().forViewpoint(vp.name());
        TableSections.heading(out, "relations", "Relations");
        if (d != null) {
            out.append(Page.diagram(site, "../", d.file(), d.title()));
        } else {
            out.append("<p>This viewpoint holds ").append(site.diagrams().viewpointSize(vp.name())).append(" tables, more than ")
                .append(site.input().config().er().maxTablesPerDiagram()).append(" (er.maxTablesPerDiagram): see each table's own diagram.</p>\n");
        }
        out.append("</section>\n");
        return Page.frame(site, "../", "viewpoint " + vp.name(), out.toString());
    }

    static String kindLabel(Table t) {
        return t.kind().label().toLowerCase(Locale.ROOT);
    }
}
