package io.schemadoc.output.mermaid;

import io.schemadoc.model.Column;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.Relation;
import io.schemadoc.output.Relations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid {@code erDiagram} in tbls' form: relation lines first (labelled with the FK definition), then
 * one entity block per table with {@code type name [FK]} attributes. Names and labels are quoted with Mermaid's
 * own entity codes ({@code #quot;}), types and attribute names reduced to the characters its grammar accepts
 * ({@code varchar(255)} → {@code varchar_255_}), so no text from the schema can break the diagram.
 */
public final class MermaidEr {
    private MermaidEr() {}

    /**
     * The diagram text (without the Markdown fence): the relations, then an entity block per table.
     */
    static String diagram(List<Relation> relations, Collection<Table> entities, Entities blocks) {
        StringBuilder b = new StringBuilder();
        b.append("erDiagram\n\n");
        for (Relation r : relations) {
            b.append(quote(r.child().toString())).append(' ').append(cardinality(r)).append(' ')
                .append(quote(r.parent().toString())).append(" : ").append(quote(r.definition() == null ? "" : r.definition())).append('\n');
        }
        if (!relations.isEmpty()) {
            b.append('\n');
        }
        for (Table t : entities) {
            b.append(blocks.block(t));
        }
        return b.toString();
    }

    /**
     * The entity block of each table ({@code "name" { type column [FK] … }}), made once per table and reused by
     * every diagram that draws it: a table shows up in the diagrams of all its neighbours. The FK marker goes on the
     * columns of every relation the table is the child of, drawn or not, as tbls marks them, so a block does not
     * depend on the diagram it is in. Attach one to a {@link DocInput} with {@code input.with(new Entities(input))};
     * the diagrams make a fresh one when none is attached.
     */
    public static final class Entities {
        private final Relations relations;
        private final Map<QualifiedName, String> blocks = new java.util.concurrent.ConcurrentHashMap<>();

        public Entities(DocInput input) {
            this.relations = input.relations();
        }

        static Entities of(DocInput input) {
            Entities attached = input.analysis(Entities.class);
            return attached != null && attached.relations == input.relations() ? attached : new Entities(input);
        }

        String block(Table t) {
            return blocks.computeIfAbsent(t.qualifiedName(), q -> render(t));
        }

        private String render(Table t) {
            Set<String> fks = new HashSet<>();
            for (Relation r : relations.parentsOf(t.qualifiedName())) {
                fks.addAll(r.columns());
            }
            StringBuilder b = new StringBuilder(64 + 32 * t.columns().size());
            b.append(quote(t.qualifiedName().toString())).append(" {\n");
            for (Column c : t.columns()) {
                b.append("  ").append(word(io.schemadoc.output.TypeNames.display(c.type()), true)).append(' ').append(word(c.name(), false));
                if (fks.contains(c.name())) {
                    b.append(" FK");
                }
                b.append('\n');
            }
            return b.append("}\n").toString();
        }
    }

    /** A table page's diagram; {@code truncated} when more tables were in reach than {@code maxTables}. */
    public record Around(String text, int tables, boolean truncated) {}

    /**
     * The diagram of {@code center} and the tables within {@code distance} relation hops: relations met on the
     * way (the center's parents first, in column order, then its children), then entities in order of discovery.
     * At most {@code maxTables} tables are drawn (the first discovered), so a hub table's page stays readable.
     */
    public static Around around(DocInput input, Table center, int distance, int maxTables) {
        Relations rels = input.relations();
        Map<QualifiedName, Integer> depth = new LinkedHashMap<>();
        depth.put(center.qualifiedName(), 0);
        Set<Relation> seen = new LinkedHashSet<>();
        ArrayDeque<QualifiedName> queue = new ArrayDeque<>();
        queue.add(center.qualifiedName());
        boolean truncated = false;
        while (!queue.isEmpty()) {
            QualifiedName q = queue.poll();
            int d = depth.get(q);
            if (d >= distance) {
                continue;
            }
            List<Relation> next = new ArrayList<>(rels.parentsOf(q));
            next.addAll(rels.childrenOf(q));
            for (Relation r : next) {
                QualifiedName other = r.parent().equals(q) ? r.child() : r.parent();
                if (!depth.containsKey(other)) {
                    if (depth.size() >= Math.max(1, maxTables)) {
                        truncated = true;
                        continue;
                    }
                    depth.put(other, d + 1);
                    queue.add(other);
                }
                seen.add(r);
            }
        }
        List<Table> entities = new ArrayList<>();
        for (QualifiedName q : depth.keySet()) {
            Table t = input.index().table(q);
            if (t != null) {
                entities.add(t);
            }
        }
        return new Around(diagram(new ArrayList<>(seen), entities, Entities.of(input)), entities.size(), truncated);
    }

    /** The diagram of a set of tables with every relation between two of them (index page, viewpoints). */
    public static String of(DocInput input, List<Table> tables) {
        Set<QualifiedName> names = new HashSet<>();
        for (Table t : tables) {
            names.add(t.qualifiedName());
        }
        List<Relation> drawn = new ArrayList<>();
        for (Table t : tables) {
            for (Relation r : input.relations().parentsOf(t.qualifiedName())) {
                if (names.contains(r.parent())) {
                    drawn.add(r);
                }
            }
        }
        return diagram(drawn, tables, Entities.of(input));
    }

    /** Child side "many" or "zero or one" (unique child key); parent side "exactly one" or "zero or one" (nullable). Virtual relations are dotted. */
    static String cardinality(Relation r) {
        String child = r.childUnique() ? "|o" : "}o";
        String parent = r.optional() ? "o|" : "||";
        return child + (r.isVirtual() ? ".." : "--") + parent;
    }

    /** A double-quoted Mermaid string: quotes, entity starts, angle brackets and backticks as entity codes, one line. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#' -> b.append("#35;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '`' -> b.append("#96;");
                case '\r', '\n', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * An attribute type or name: ASCII letters, digits and underscores only (types keep {@code []} of arrays,
     * which the grammar accepts), starting with a letter or underscore.
     */
    public static String word(String s, boolean type) {
        if (s == null || s.isEmpty()) {
            return "_";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') || type && (c == '[' || c == ']') ? c : '_');
        }
        if (Character.isDigit(b.charAt(0)) || b.charAt(0) == '[') {
            b.insert(0, '_');
        }
        return b.toString();
    }
}
