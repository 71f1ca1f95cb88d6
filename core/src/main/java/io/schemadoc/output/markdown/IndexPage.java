package io.schemadoc.output.markdown;

import io.schemadoc.config.Config;
import io.schemadoc.config.Glob;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.PageNames;
import io.schemadoc.output.mermaid.MermaidEr;
import io.schemadoc.output.svg.ErDiagrams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** README.md: tbls' index (tables, routines, enums, relations) plus schemas, domains, types, sequences, extensions, viewpoints. */
final class IndexPage {
    private IndexPage() {}

    static String title(DocInput input) {
        Config c = input.config();
        if (c.name() != null && !c.name().isBlank()) {
            return c.name();
        }
        return input.schema().database() == null ? "schema" : input.schema().database();
    }

    static String write(DocInput input) {
        Schema s = input.schema();
        Links links = new Links(input.pages(), "");
        StringBuilder out = new StringBuilder(4096);
        out.append("# ").append(Md.heading(title(input))).append("\n\n");
        out.append("## Description\n\n");
        if (input.config().description() != null && !input.config().description().isBlank()) {
            out.append(Md.paragraph(input.config().description())).append("\n\n");
        }
        notes(s, out);
        if (s.schemas().size() > 1 || s.schemas().stream().anyMatch(n -> n.comment() != null)) {
            MdTable t = new MdTable("Name", "Tables", "Comment");
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Table tb : s.tables()) {
                counts.merge(tb.schema(), 1, Integer::sum);
            }
            for (Namespace n : s.schemas()) {
                t.row(Md.cell(n.name()), String.valueOf(counts.getOrDefault(n.name(), 0)), Md.cell(n.comment()));
            }
            section(out, "Schemas", t);
        }
        MdTable tables = new MdTable("Name", "Columns", "Comment", "Type");
        for (Table tb : s.tables()) {
            tables.row(links.table(tb.qualifiedName()), String.valueOf(tb.columns().size()), Md.cell(tb.comment()), tb.kind().label());
        }
        section(out, "Tables", tables);
        MdTable routines = new MdTable("Name", "Returns", "Arguments", "Type", "Language");
        for (Routine r : s.routines()) {
            routines.row(links.routine(r.ref(), r.schema() + "." + r.name()), Md.cell(r.returns()), Md.cell(r.argumentsText()),
                r.kind() == null ? "" : r.kind().name(), Md.cell(r.language()));
        }
        section(out, "Stored procedures and functions", routines);
        MdTable enums = new MdTable("Name", "Values", "Comment");
        for (EnumType e : s.enums()) {
            enums.row(Md.cell(e.qualifiedName().toString()), Md.cell(String.join(", ", e.labels())), Md.cell(e.comment()));
        }
        section(out, "Enums", enums.dropEmptyLastColumn());
        MdTable domains = new MdTable("Name", "Type", "Default", "Nullable", "Checks", "Comment");
        for (Domain d : s.domains()) {
            List<String> checks = d.checks().stream().map(ch -> ch.definition()).toList();
            domains.row(Md.cell(d.qualifiedName().toString()), Md.cell(d.baseType()), Md.cell(d.defaultValue()), String.valueOf(!d.notNull()),
                Md.cell(String.join("\n", checks)), Md.cell(d.comment()));
        }
        section(out, "Domains", domains.dropEmptyLastColumn());
        MdTable composites = new MdTable("Name", "Attributes", "Comment");
        for (CompositeType c : s.compositeTypes()) {
            List<String> attrs = c.attributes().stream().map(a -> a.name() + " " + a.type()).toList();
            composites.row(Md.cell(c.qualifiedName().toString()), Md.cell(String.join("\n", attrs)), Md.cell(c.comment()));
        }
        section(out, "Composite types", composites.dropEmptyLastColumn());
        MdTable sequences = new MdTable("Name", "Type", "Start", "Increment", "Owned by", "Comment");
        for (Sequence q : s.sequences()) {
            String owned = "";
            if (q.ownedBy() != null) {
                io.schemadoc.model.QualifiedName tq = new io.schemadoc.model.QualifiedName(q.ownedBy().schema(), q.ownedBy().table());
                owned = links.table(tq) + Md.cell("." + q.ownedBy().column()) + (q.ownedByIdentity() ? " (identity)" : "");
            }
            sequences.row(Md.cell(q.qualifiedName().toString()), Md.cell(q.dataType()), String.valueOf(q.start()), String.valueOf(q.increment()),
                owned, Md.cell(q.comment()));
        }
        section(out, "Sequences", sequences.dropEmptyLastColumn());
        MdTable extensions = new MdTable("Name", "Version", "Schema", "Comment");
        for (Extension e : s.extensions()) {
            extensions.row(Md.cell(e.name()), Md.cell(e.version()), Md.cell(e.schema()), Md.cell(e.comment()));
        }
        section(out, "Extensions", extensions.dropEmptyLastColumn());
        if (!input.config().viewpoints().isEmpty()) {
            MdTable vps = new MdTable("Name", "Tables", "Description");
            for (Config.Viewpoint v : input.config().viewpoints()) {
                vps.row(Md.link(v.name(), viewpointPath(v)), String.valueOf(viewpointTables(input, v).size()), Md.cell(v.description()));
            }
            section(out, "Viewpoints", vps.dropEmptyLastColumn());
        }
        DependencySections.index(input, links, out);
        relations(input, out);
        out.append(MarkdownRenderer.FOOTER);
        return out.toString();
    }

    /** What the source could not apply (a skipped Flyway Java migration, say): the reader must know before trusting the rest. */
    private static void notes(Schema s, StringBuilder out) {
        if (s.notes().isEmpty()) {
            return;
        }
        out.append("## Notes\n\n");
        for (String note : s.notes()) {
            out.append("- ").append(Md.cell(note)).append('\n');
        }
        out.append('\n');
    }

    private static void section(StringBuilder out, String heading, MdTable table) {
        if (table.isEmpty()) {
            return;
        }
        out.append("## ").append(heading).append("\n\n");
        table.appendTo(out);
        out.append('\n');
    }

    /** One diagram per schema; a schema larger than {@code er.maxTablesPerDiagram} gets a sentence instead. */
    private static void relations(DocInput input, StringBuilder out) {
        Map<String, List<Table>> bySchema = new LinkedHashMap<>();
        for (Table t : input.schema().tables()) {
            if (!t.kind().isView() && t.partitionOf() == null) {
                bySchema.computeIfAbsent(t.schema(), k -> new ArrayList<>()).add(t);
            }
        }
        if (bySchema.isEmpty()) {
            return;
        }
        out.append("## Relations\n\n");
        ErDiagrams svg = input.analysis(ErDiagrams.class);
        if (svg != null && (svg.all() != null || svg.overview() != null)) {
            out.append("![er](").append((svg.all() != null ? svg.all() : svg.overview()).file()).append(")\n\n");
            return;
        }
        int max = input.config().er().maxTablesPerDiagram();
        for (Map.Entry<String, List<Table>> e : bySchema.entrySet()) {
            if (bySchema.size() > 1) {
                out.append("### ").append(Md.heading(e.getKey())).append("\n\n");
            }
            if (e.getValue().size() > max) {
                out.append(e.getValue().size()).append(" tables: too many for one readable diagram (er.maxTablesPerDiagram is ")
                    .append(max).append("). Each table's page shows its neighbours; viewpoints in .schemadoc.yml draw chosen subsets.\n\n");
                continue;
            }
            out.append("```mermaid\n").append(MermaidEr.of(input, withForeignParents(input, e.getKey(), e.getValue()))).append("```\n\n");
        }
    }

    /** A schema's tables plus the tables of other schemas they reference, so cross-schema relations are drawn too. */
    private static List<Table> withForeignParents(DocInput input, String schema, List<Table> tables) {
        java.util.Set<io.schemadoc.model.QualifiedName> seen = new java.util.HashSet<>();
        List<Table> out = new ArrayList<>(tables);
        for (Table t : tables) {
            for (io.schemadoc.output.Relation r : input.relations().parentsOf(t.qualifiedName())) {
                if (!r.parent().schema().equals(schema) && seen.add(r.parent())) {
                    out.add(input.index().table(r.parent()));
                }
            }
        }
        return out;
    }

    static String viewpointPath(Config.Viewpoint v) {
        return "viewpoints/" + PageNames.encode(v.name()) + ".md";
    }

    static List<Table> viewpointTables(DocInput input, Config.Viewpoint v) {
        List<Glob> tables = v.tables().stream().map(Glob::new).toList();
        List<Glob> schemas = v.schemas().stream().map(Glob::new).toList();
        List<Table> out = new ArrayList<>();
        for (Table t : input.schema().tables()) {
            boolean in = tables.stream().anyMatch(g -> g.matches(t.schema(), t.name()))
                || schemas.stream().anyMatch(g -> g.matches("", t.schema()));
            if (in) {
                out.add(t);
            }
        }
        return out;
    }

    static String viewpoint(DocInput input, Config.Viewpoint v) {
        Links links = new Links(input.pages(), "../");
        List<Table> tables = viewpointTables(input, v);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Md.heading(v.name())).append("\n\n");
        out.append("## Description\n\n");
        if (v.description() != null && !v.description().isBlank()) {
            out.append(Md.paragraph(v.description())).append("\n\n");
        }
        out.append("Back to [").append(Md.cell(title(input))).append("](").append(links.readme()).append(")\n\n");
        MdTable t = new MdTable("Name", "Columns", "Comment", "Type");
        for (Table tb : tables) {
            t.row(links.table(tb.qualifiedName()), String.valueOf(tb.columns().size()), Md.cell(tb.comment()), tb.kind().label());
        }
        section(out, "Tables", t);
        List<Table> drawn = tables.stream().filter(tb -> !tb.kind().isView()).toList();
        if (!drawn.isEmpty()) {
            ErDiagrams svg = input.analysis(ErDiagrams.class);
            if (svg != null && svg.forViewpoint(v.name()) != null) {
                out.append("## Relations\n\n![er](../").append(svg.forViewpoint(v.name()).file()).append(")\n\n");
            } else {
                out.append("## Relations\n\n```mermaid\n").append(MermaidEr.of(input, drawn)).append("```\n\n");
            }
        }
        out.append(MarkdownRenderer.FOOTER);
        return out.toString();
    }
}
