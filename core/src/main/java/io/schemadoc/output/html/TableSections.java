package io.schemadoc.output.html;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import io.schemadoc.output.Relation;
import io.schemadoc.output.svg.ErDiagrams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sections of a table page, in the order tbls uses, plus what tbls leaves out (policies, partitions, source). */
public final class TableSections {
    private TableSections() {}

    /** The standard sections in page order; copy the list and insert into it to add a section. */
    public static List<TableSection> standard() {
        return List.of(TableSections::description, TableSections::columns, TableSections::viewDefinition,
            TableSections::referencedTables, AnalysisSections::viewReads, TableSections::constraints, TableSections::indexes,
            TableSections::triggers, AnalysisSections::writtenBy, AnalysisSections::whatHappens, TableSections::policies, TableSections::partitions, TableSections::relations);
    }

    static String tableLink(SiteContext site, QualifiedName q, String root) {
        String page = site.input().pages().table(q);
        if (page == null) {
            return "<code>" + Html.text(q.toString()) + "</code>";
        }
        return "<a href=\"" + root + Html.text(page) + ".html\">" + Html.text(q.toString()) + "</a>";
    }

    private static String columnLink(SiteContext site, QualifiedName q, List<String> columns) {
        String page = site.input().pages().table(q);
        String label = q + (columns.isEmpty() ? "" : "." + (columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")"));
        if (page == null) {
            return "<code>" + Html.text(label) + "</code>";
        }
        String anchor = columns.isEmpty() ? "" : "#c-" + Html.id(columns.get(0));
        return "<a href=\"" + Html.text(page) + ".html" + anchor + "\">" + Html.text(label) + "</a>";
    }

    static void heading(StringBuilder out, String id, String title) {
        out.append("<section id=\"").append(id).append("\" aria-labelledby=\"h-").append(id).append("\">\n<h2 id=\"h-").append(id).append("\">")
            .append(title).append("</h2>\n");
    }

    static String comment(String text) {
        return text == null ? "" : "<span class=\"comment\">" + Html.text(text) + "</span>";
    }

    private static void description(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        page.open(out, "description", "Description");
        out.append(t.comment() == null ? "<p class=\"none\">No comment.</p>\n" : "<p class=\"comment\">" + Html.text(t.comment()) + "</p>\n");
        out.append("<dl class=\"facts\">\n<dt>Type</dt><dd>").append(Html.text(t.kind().label())).append("</dd>\n");
        if (t.owner() != null) {
            out.append("<dt>Owner</dt><dd>").append(Html.text(t.owner())).append("</dd>\n");
        }
        if (t.estimatedRows() >= 0) {
            out.append("<dt>Estimated rows</dt><dd>").append(t.estimatedRows()).append("</dd>\n");
        }
        if (t.unlogged()) {
            out.append("<dt>Unlogged</dt><dd>yes</dd>\n");
        }
        if (t.source() != null) {
            out.append("<dt>Created in</dt><dd><code>").append(Html.text(t.source().toString())).append("</code></dd>\n");
        }
        for (QualifiedName parent : t.inherits()) {
            out.append("<dt>Inherits</dt><dd>").append(tableLink(site, parent, "")).append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private static void columns(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        page.open(out, "columns", "Columns");
        out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Default</th>")
            .append("<th scope=\"col\">Nullable</th><th scope=\"col\">Children</th><th scope=\"col\">Parents</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
        List<Relation> parents = site.input().relations().parentsOf(t.qualifiedName());
        List<Relation> children = site.input().relations().childrenOf(t.qualifiedName());
        for (Column c : t.columns()) {
            out.append("<tr id=\"c-").append(Html.id(c.name())).append("\"><th scope=\"row\"><code>").append(Html.text(c.name())).append("</code></th>");
            out.append("<td><code>").append(Html.text(c.type())).append("</code></td><td>");
            if (c.hasIdentity()) {
                out.append("<code>GENERATED ").append(c.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT").append(" AS IDENTITY</code>");
            } else if (c.hasGeneration()) {
                out.append("<code>GENERATED ALWAYS AS (").append(Html.text(c.generationExpression())).append(") ").append(c.generated().name()).append("</code>");
            } else if (c.defaultValue() != null) {
                out.append("<code>").append(Html.text(c.defaultValue())).append("</code>");
            }
            out.append("</td><td>").append(c.nullable() ? "true" : "false").append("</td><td>");
            List<String> links = new ArrayList<>();
            for (Relation r : children) {
                if (r.parentColumns().contains(c.name())) {
                    links.add(columnLink(site, r.child(), r.columns()) + (r.isVirtual() ? " <span class=\"tag\">virtual</span>" : ""));
                }
            }
            out.append(String.join("<br>", links)).append("</td><td>");
            links.clear();
            for (Relation r : parents) {
                if (r.columns().contains(c.name())) {
                    links.add(columnLink(site, r.parent(), r.parentColumns()) + (r.isVirtual() ? " <span class=\"tag\">virtual</span>" : ""));
                }
            }
            out.append(String.join("<br>", links)).append("</td><td>").append(comment(c.comment())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void viewDefinition(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        if (t.viewDefinition() == null) {
            return;
        }
        page.open(out, "definition", "Definition");
        out.append("<pre><code>").append(Html.text(t.viewDefinition().strip())).append("</code></pre>\n</section>\n");
    }

    private static void referencedTables(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        if (t.dependsOn().isEmpty()) {
            return;
        }
        page.open(out, "referenced", "Referenced Tables");
        out.append("<ul>\n");
        for (ObjectRef ref : t.dependsOn()) {
            out.append("<li>");
            if (ref.kind() == ObjectRef.Kind.ROUTINE) {
                out.append(routineLink(site, ref)).append(" <span class=\"tag\">routine</span>");
            } else {
                QualifiedName q = new QualifiedName(ref.schema(), ref.name());
                out.append(tableLink(site, q, "")).append(" <span class=\"tag\">")
                    .append(ref.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static String routineLink(SiteContext site, ObjectRef ref) {
        Routine r = site.input().index().routine(new io.schemadoc.model.RoutineRef(ref.schema(), ref.name(), ref.argumentTypes()));
        String label = ref.qualifiedName() + "(" + (ref.argumentTypes() == null ? "" : ref.argumentTypes()) + ")";
        if (r == null) {
            return "<code>" + Html.text(label) + "</code>";
        }
        return "<a href=\"" + Html.text(site.input().pages().routine(r.ref())) + ".html\">" + Html.text(label) + "</a>";
    }

    private static void constraints(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        List<Constraint> list = t.constraints();
        if (list.isEmpty()) {
            return;
        }
        boolean comments = list.stream().anyMatch(c -> c.comment() != null);
        page.open(out, "constraints", "Constraints");
        out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Definition</th>")
            .append(comments ? "<th scope=\"col\">Comment</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (Constraint c : list) {
            out.append("<tr><th scope=\"row\"><code>").append(Html.text(c.name())).append("</code>");
            if (c.inherited()) {
                out.append(" <span class=\"tag\">inherited</span>");
            }
            if (!c.validated()) {
                out.append(" <span class=\"tag warn\">not valid</span>");
            }
            out.append("</th><td>").append(Html.text(c.type().label())).append("</td><td><code>").append(Html.text(c.definition())).append("</code>");
            if (c.foreignKey() != null) {
                QualifiedName parent = new QualifiedName(c.foreignKey().referencedSchema(), c.foreignKey().referencedTable());
                out.append("<br>→ ").append(tableLink(site, parent, ""));
            }
            out.append("</td>");
            if (comments) {
                out.append("<td>").append(comment(c.comment())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void indexes(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        List<Index> list = t.indexes();
        if (list.isEmpty()) {
            return;
        }
        boolean comments = list.stream().anyMatch(i -> i.comment() != null);
        page.open(out, "indexes", "Indexes");
        out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Definition</th>")
            .append(comments ? "<th scope=\"col\">Comment</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (Index i : list) {
            out.append("<tr><th scope=\"row\"><code>").append(Html.text(i.name())).append("</code>");
            if (!i.valid()) {
                out.append(" <span class=\"tag warn\">invalid</span>");
            }
            if (i.inherited()) {
                out.append(" <span class=\"tag\">inherited</span>");
            }
            out.append("</th><td><code>").append(Html.text(i.definition())).append("</code></td>");
            if (comments) {
                out.append("<td>").append(comment(i.comment())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void triggers(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        List<Trigger> list = t.triggers();
        if (list.isEmpty()) {
            return;
        }
        boolean comments = list.stream().anyMatch(x -> x.comment() != null);
        page.open(out, "triggers", "Triggers");
        out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Definition</th><th scope=\"col\">Function</th>")
            .append(comments ? "<th scope=\"col\">Comment</th>" : "").append("</tr></thead>\n<tbody>\n");
        for (Trigger tr : list) {
            out.append("<tr><th scope=\"row\"><code>").append(Html.text(tr.name())).append("</code>");
            if (!tr.enabled().firesNormally()) {
                out.append(" <span class=\"tag warn\">").append(tr.enabled().name().toLowerCase(Locale.ROOT)).append("</span>");
            }
            if (tr.inherited()) {
                out.append(" <span class=\"tag\">inherited</span>");
            }
            out.append("</th><td><code>").append(Html.text(tr.definition())).append("</code></td><td>");
            if (tr.function() != null) {
                out.append(routineLink(site, new ObjectRef(ObjectRef.Kind.ROUTINE, tr.function().schema(), tr.function().name(), tr.function().argumentTypes())));
            }
            out.append("</td>");
            if (comments) {
                out.append("<td>").append(comment(tr.comment())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void policies(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        if (t.policies().isEmpty() && !t.rlsEnabled()) {
            return;
        }
        page.open(out, "policies", "Row-Level Security");
        out.append("<p>Row-level security is <strong>").append(t.rlsEnabled() ? "enabled" : "disabled").append("</strong>")
            .append(t.rlsForced() ? " and forced for the owner" : "").append(".</p>\n");
        if (!t.policies().isEmpty()) {
            out.append("<div class=\"wrap\"><table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Command</th><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\">Roles</th><th scope=\"col\">USING</th><th scope=\"col\">WITH CHECK</th><th scope=\"col\">Comment</th></tr></thead>\n<tbody>\n");
            for (Policy p : t.policies()) {
                out.append("<tr><th scope=\"row\"><code>").append(Html.text(p.name())).append("</code></th><td>").append(p.command().name())
                    .append("</td><td>").append(p.permissive() ? "permissive" : "restrictive").append("</td><td>")
                    .append(p.roles().isEmpty() ? "PUBLIC" : p.roles().stream().map(Html::text).collect(Collectors.joining(", ")))
                    .append("</td><td><code>").append(Html.text(p.using())).append("</code></td><td><code>").append(Html.text(p.withCheck()))
                    .append("</code></td><td>").append(comment(p.comment())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n");
        }
        out.append("</section>\n");
    }

    private static void partitions(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        List<Table> parts = site.input().index().partitionsOf(t.qualifiedName());
        if (t.partitionKey() == null && t.partitionOf() == null && parts.isEmpty()) {
            return;
        }
        page.open(out, "partitions", "Partitions");
        if (t.partitionOf() != null) {
            out.append("<p>Partition of ").append(tableLink(site, t.partitionOf(), "")).append(" <code>")
                .append(Html.text(t.partitionBound())).append("</code></p>\n");
        }
        if (t.partitionKey() != null) {
            out.append("<p>Partitioned by <code>").append(Html.text(t.partitionKey())).append("</code></p>\n");
        }
        if (!parts.isEmpty()) {
            out.append("<ul>\n");
            for (Table p : parts) {
                out.append("<li>").append(tableLink(site, p.qualifiedName(), "")).append(" <code>").append(Html.text(p.partitionBound())).append("</code></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void relations(TablePage page, StringBuilder out) {
        SiteContext site = page.site();
        Table t = page.table();
        ErDiagrams.Diagram d = site.diagrams().forTable(t.qualifiedName());
        if (d == null) {
            return;
        }
        page.open(out, "relations", "Relations");
        out.append(Page.diagram(site, "", d.file(), d.title()));
        out.append("</section>\n");
    }
}
