package io.schemadoc.output.markdown;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Index;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import io.schemadoc.output.Relation;
import io.schemadoc.output.mermaid.MermaidEr;
import io.schemadoc.output.svg.ErDiagrams;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sections of a table or view page, in tbls' order with schemadoc's additions (referenced tables,
 * partitions, policies). To add one, write a {@link TableSection} and insert it into {@link #standard()}
 * where it belongs (or pass a custom list to {@link MarkdownRenderer}).
 */
public final class TableSections {
    private TableSections() {}

    public static List<TableSection> standard() {
        return List.of(
            TableSections::description,
            TableSections::columns,
            TableSections::referencedTables,
            DependencySections::viewReads,
            TableSections::partitions,
            TableSections::constraints,
            TableSections::indexes,
            TableSections::triggers,
            DependencySections::writtenBy,
            DependencySections::whatHappens,
            TableSections::policies,
            TableSections::relations);
    }

    /** {@code ## Description}: the comment; for views the definition folded in a {@code <details>} block, as tbls does. */
    static void description(TablePage page, StringBuilder out) {
        Table t = page.table();
        out.append("## Description\n\n");
        if (t.comment() != null && !t.comment().isBlank()) {
            out.append(Md.paragraph(t.comment())).append("\n\n");
        }
        if (t.kind().isView() && t.viewDefinition() != null) {
            out.append("<details>\n<summary><strong>Table Definition</strong></summary>\n\n");
            String prefix = "CREATE " + (t.kind() == io.schemadoc.model.TableKind.MATERIALIZED_VIEW ? "MATERIALIZED VIEW " : "VIEW ")
                + t.qualifiedName() + " AS (\n";
            out.append(Md.codeBlock("sql", prefix + t.viewDefinition().stripTrailing().replaceAll(";+$", "") + "\n)"));
            out.append("\n</details>\n\n");
        }
    }

    static void columns(TablePage page, StringBuilder out) {
        Table t = page.table();
        List<Relation> asChild = page.input().relations().parentsOf(t.qualifiedName());
        List<Relation> asParent = page.input().relations().childrenOf(t.qualifiedName());
        MdTable table = new MdTable("Name", "Type", "Default", "Nullable", "Children", "Parents", "Comment");
        for (Column c : t.columns()) {
            Set<String> children = new LinkedHashSet<>();
            for (Relation r : asParent) {
                if (r.parentColumns().contains(c.name())) {
                    children.add(relationLink(page, r.child(), r));
                }
            }
            Set<String> parents = new LinkedHashSet<>();
            for (Relation r : asChild) {
                if (r.columns().contains(c.name())) {
                    parents.add(relationLink(page, r.parent(), r));
                }
            }
            table.row(Md.cell(c.name()), Md.cell(io.schemadoc.output.TypeNames.display(c.type())), Md.cell(defaultText(c)), String.valueOf(c.nullable()),
                String.join(" <br /> ", children), String.join(" <br /> ", parents), Md.cell(c.comment()));
        }
        out.append("## Columns\n\n");
        table.appendTo(out);
        out.append('\n');
    }

    private static String relationLink(TablePage page, QualifiedName other, Relation r) {
        String link = page.links().table(other);
        return r.isVirtual() ? link + " (virtual)" : link;
    }

    /** The default, or how the value is generated: identity and generated columns are marked here. */
    static String defaultText(Column c) {
        if (c.hasIdentity()) {
            return "GENERATED " + (c.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY";
        }
        if (c.hasGeneration()) {
            return "GENERATED ALWAYS AS (" + c.generationExpression() + ") " + c.generated().name();
        }
        return c.defaultValue();
    }

    /** {@code ## Referenced Tables} of a view: what it reads (pg_depend), relations and routines linked. */
    static void referencedTables(TablePage page, StringBuilder out) {
        Table t = page.table();
        if (!t.kind().isView() || t.dependsOn().isEmpty()) {
            return;
        }
        MdTable table = new MdTable("Name", "Columns", "Comment", "Type");
        for (ObjectRef ref : t.dependsOn()) {
            if (ref.kind() == ObjectRef.Kind.ROUTINE) {
                RoutineRef rr = new RoutineRef(ref.schema(), ref.name(), ref.argumentTypes());
                io.schemadoc.model.Routine routine = page.input().index().routine(rr);
                table.row(page.links().routine(rr, rr.signature()), "", routine == null ? "" : Md.cell(routine.comment()), "ROUTINE");
                continue;
            }
            QualifiedName q = new QualifiedName(ref.schema(), ref.name());
            Table other = page.input().index().table(q);
            if (other == null) {
                table.row(Md.cell(q.toString()), "", "", Md.cell(ref.kind().name().replace('_', ' ')));
            } else {
                table.row(page.links().table(q), String.valueOf(other.columns().size()), Md.cell(other.comment()), other.kind().label());
            }
        }
        out.append("## Referenced Tables\n\n");
        table.appendTo(out);
        out.append('\n');
    }

    /** {@code ## Partitions}: the key and the partitions with their bounds, or the parent of a partition. */
    static void partitions(TablePage page, StringBuilder out) {
        Table t = page.table();
        List<Table> parts = page.input().index().partitionsOf(t.qualifiedName());
        boolean isPartition = t.partitionOf() != null;
        if (t.partitionKey() == null && parts.isEmpty() && !isPartition && t.inherits().isEmpty()) {
            return;
        }
        out.append("## Partitions\n\n");
        if (isPartition) {
            out.append("Partition of ").append(page.links().table(t.partitionOf()));
            if (t.partitionBound() != null) {
                out.append(": ").append(Md.cell(t.partitionBound()));
            }
            out.append("\n\n");
        }
        if (!t.inherits().isEmpty()) {
            List<String> links = new ArrayList<>();
            for (QualifiedName q : t.inherits()) {
                links.add(page.links().table(q));
            }
            out.append("Inherits from ").append(String.join(", ", links)).append("\n\n");
        }
        if (t.partitionKey() != null) {
            out.append("Partition key: ").append(Md.cell(t.partitionKey())).append("\n\n");
        }
        if (!parts.isEmpty()) {
            MdTable table = new MdTable("Name", "Bound");
            for (Table p : parts) {
                table.row(page.links().table(p.qualifiedName()), Md.cell(p.partitionBound()));
            }
            table.appendTo(out);
            out.append('\n');
        }
    }

    static void constraints(TablePage page, StringBuilder out) {
        Table t = page.table();
        if (t.constraints().isEmpty()) {
            return;
        }
        MdTable table = new MdTable("Name", "Type", "Definition", "Comment");
        for (Constraint c : t.constraints()) {
            String comment = c.inherited() ? join("inherited from the parent table", c.comment()) : c.comment();
            table.row(Md.cell(c.name()), c.type().label(), Md.cell(c.definition()), Md.cell(comment));
        }
        out.append("## Constraints\n\n");
        table.dropEmptyLastColumn().appendTo(out);
        out.append('\n');
    }

    static void indexes(TablePage page, StringBuilder out) {
        Table t = page.table();
        if (t.indexes().isEmpty()) {
            return;
        }
        MdTable table = new MdTable("Name", "Definition", "Comment");
        for (Index i : t.indexes()) {
            String comment = i.valid() ? i.comment() : join("INVALID: the index build failed, PostgreSQL does not use it", i.comment());
            table.row(Md.cell(i.name()), Md.cell(i.definition()), Md.cell(comment));
        }
        out.append("## Indexes\n\n");
        table.dropEmptyLastColumn().appendTo(out);
        out.append('\n');
    }

    static void triggers(TablePage page, StringBuilder out) {
        Table t = page.table();
        if (t.triggers().isEmpty()) {
            return;
        }
        MdTable table = new MdTable("Name", "Definition", "Comment");
        for (Trigger tr : t.triggers()) {
            String comment = tr.comment();
            if (tr.inherited()) {
                comment = join("inherited from the parent table", comment);
            }
            if (!tr.enabled().firesNormally()) {
                comment = join(tr.enabled() == Trigger.Enabled.DISABLED ? "DISABLED" : "fires only in replica sessions", comment);
            }
            table.row(Md.cell(tr.name()), Md.cell(tr.definition()), Md.cell(comment));
        }
        out.append("## Triggers\n\n");
        table.dropEmptyLastColumn().appendTo(out);
        out.append('\n');
    }

    /** {@code ## Policies}: row-level security, with a warning when policies exist but RLS is off. */
    static void policies(TablePage page, StringBuilder out) {
        Table t = page.table();
        if (t.policies().isEmpty() && !t.rlsEnabled()) {
            return;
        }
        out.append("## Policies\n\n");
        if (t.rlsEnabled()) {
            out.append("Row-level security is enabled").append(t.rlsForced() ? " and forced for the table owner" : "").append(".\n\n");
        } else {
            out.append("**Row-level security is not enabled on this table: these policies have no effect.**\n\n");
        }
        if (t.policies().isEmpty()) {
            out.append("No policies: only the owner and roles that bypass RLS can see or change rows.\n\n");
            return;
        }
        MdTable table = new MdTable("Name", "Command", "Permissive", "Roles", "Using", "With check", "Comment");
        for (Policy p : t.policies()) {
            table.row(Md.cell(p.name()), p.command().name(), p.permissive() ? "PERMISSIVE" : "RESTRICTIVE",
                p.roles().isEmpty() ? "PUBLIC" : Md.cell(String.join(", ", p.roles())), Md.cell(p.using()), Md.cell(p.withCheck()), Md.cell(p.comment()));
        }
        table.dropEmptyLastColumn().appendTo(out);
        out.append('\n');
    }

    /** {@code ## Relations}: the Mermaid ER diagram of the table and its neighbours within {@code er.distance}. */
    static void relations(TablePage page, StringBuilder out) {
        var er = page.input().config().er();
        ErDiagrams svg = page.input().analysis(ErDiagrams.class);
        if (svg != null && svg.forTable(page.table().qualifiedName()) != null) {
            out.append("## Relations\n\n![er](").append(svg.forTable(page.table().qualifiedName()).file()).append(")\n\n");
            return;
        }
        MermaidEr.Around d = MermaidEr.around(page.input(), page.table(), er.distance(), er.maxTablesPerDiagram());
        out.append("## Relations\n\n");
        if (d.truncated()) {
            out.append("Only the first ").append(d.tables()).append(" related tables are drawn (er.maxTablesPerDiagram); ")
                .append("the Columns table lists every parent and child.\n\n");
        }
        out.append("```mermaid\n").append(d.text()).append("```\n\n");
    }

    private static String join(String note, String comment) {
        return comment == null || comment.isBlank() ? note : note + "\n" + comment;
    }
}
