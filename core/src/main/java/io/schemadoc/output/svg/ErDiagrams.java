package io.schemadoc.output.svg;

import io.schemadoc.Parallel;
import io.schemadoc.config.Config;
import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.PageNames;
import io.schemadoc.output.Relation;
import io.schemadoc.output.Relations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides which ER diagrams a schema gets, so that no picture holds more than
 * {@code er.maxTablesPerDiagram} boxes, and builds each one's {@link ErGraph}:
 * <ul>
 * <li>every table and view: its neighbourhood up to {@code er.distance} relation hops ({@code er/<page>.svg});</li>
 * <li>the whole database in one picture when it fits ({@code er/all.svg});</li>
 * <li>each schema when it fits ({@code er/schemas/<schema>.svg}); a larger schema is cut into parts of connected
 *     tables ({@code er/schemas/<schema>.partN.svg}) with an overview of the parts as boxes with counts;</li>
 * <li>each viewpoint that fits ({@code er/viewpoints/<name>.svg});</li>
 * <li>with several schemas, an overview with one box per schema ({@code er/overview.svg}).</li>
 * </ul>
 * File names are built from {@link PageNames} or the same {@code ~XX} encoding, so no schema name can leave
 * {@code er/}. Box links point at pages named {@code <page><pageSuffix>} beside the {@code er/} folder
 * ({@code .html} for the site, {@code .md} for Markdown).
 */
public final class ErDiagrams {

    public enum Kind { TABLE, ALL, SCHEMA, PART, SCHEMA_OVERVIEW, VIEWPOINT, OVERVIEW }

    /** One planned diagram: where it goes (relative to the output folder, forward slashes) and what it shows. */
    public record Diagram(String file, String title, Kind kind, ErGraph graph) {}

    private static final int FOCUS_ROWS = 40;
    private static final int OTHER_ROWS = 12;

    private final Schema schema;
    private final PageNames pages;
    private final Relations relations;
    private final Config.ErSettings settings;
    private final String pageSuffix;
    private final Map<QualifiedName, Table> tables = new HashMap<>();
    private final Map<QualifiedName, TreeSet<QualifiedName>> neighbours = new HashMap<>();
    private final Map<QualifiedName, Diagram> byTable = new LinkedHashMap<>();
    private final Map<String, List<Diagram>> bySchema = new TreeMap<>(io.schemadoc.model.Names.BYTE_ORDER);
    private final Map<String, Diagram> schemaOverview = new TreeMap<>(io.schemadoc.model.Names.BYTE_ORDER);
    private final Map<String, Diagram> byViewpoint = new LinkedHashMap<>();
    private final Map<String, Integer> viewpointSizes = new LinkedHashMap<>();
    private Diagram all;
    private Diagram overview;

    /** For a schema as it is (config include/exclude and comments not applied); for tests and tools. */
    public ErDiagrams(Schema schema, Config config, String pageSuffix) {
        this(DocInput.of(schema, config), pageSuffix);
    }

    /** The diagrams of the documented schema, with its relations (foreign keys and the config's virtual ones). */
    public ErDiagrams(DocInput input, String pageSuffix) {
        this.schema = input.schema();
        this.pages = input.pages();
        this.relations = input.relations();
        Config config = input.config();
        this.settings = config.er();
        this.pageSuffix = pageSuffix;
        if (settings.maxTablesPerDiagram() < 1) {
            throw new IllegalArgumentException("er.maxTablesPerDiagram must be at least 1");
        }
        for (Table t : schema.tables()) {
            tables.put(t.qualifiedName(), t);
            neighbours.put(t.qualifiedName(), new TreeSet<>());
        }
        for (Table t : schema.tables()) {
            for (QualifiedName other : references(t)) {
                if (!other.equals(t.qualifiedName())) {
                    neighbours.get(t.qualifiedName()).add(other);
                    neighbours.get(other).add(t.qualifiedName());
                }
            }
        }
        plan(config);
    }

    /** Tables (and views) {@code t} points at: relation parents, and for views what they read; only those in the schema. */
    private List<QualifiedName> references(Table t) {
        List<QualifiedName> out = new ArrayList<>();
        for (Relation r : relations.parentsOf(t.qualifiedName())) {
            if (tables.containsKey(r.parent())) {
                out.add(r.parent());
            }
        }
        for (ObjectRef ref : t.dependsOn()) {
            if (ref.kind() != ObjectRef.Kind.ROUTINE && ref.kind() != ObjectRef.Kind.SEQUENCE && ref.kind() != ObjectRef.Kind.TYPE) {
                QualifiedName q = new QualifiedName(ref.schema(), ref.name());
                if (tables.containsKey(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private int cap() {
        return settings.maxTablesPerDiagram();
    }

    private void plan(Config config) {
        // One diagram per table, each built from the read-only maps above: in parallel, kept in table order.
        List<Diagram> perTable = Parallel.map(schema.tables(), t -> {
            QualifiedName q = t.qualifiedName();
            return new Diagram("er/" + pages.table(q) + ".svg", q + " and its relations", Kind.TABLE,
                graph(q + " and its relations", neighbourhood(q), q, 0));
        });
        for (int i = 0; i < perTable.size(); i++) {
            byTable.put(schema.tables().get(i).qualifiedName(), perTable.get(i));
        }
        List<QualifiedName> everything = schema.tables().stream().map(Table::qualifiedName).toList();
        if (!everything.isEmpty() && everything.size() <= cap()) {
            all = new Diagram("er/all.svg", title(schema.database()), Kind.ALL, graph(title(schema.database()), everything, null, 0));
        }
        Map<String, List<QualifiedName>> perSchema = new TreeMap<>(io.schemadoc.model.Names.BYTE_ORDER);
        for (QualifiedName q : everything) {
            perSchema.computeIfAbsent(q.schema(), k -> new ArrayList<>()).add(q);
        }
        Map<QualifiedName, String> groupOf = new HashMap<>();
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        for (Map.Entry<String, List<QualifiedName>> e : perSchema.entrySet()) {
            String name = e.getKey();
            String base = "er/schemas/" + encode(name);
            List<QualifiedName> members = e.getValue();
            for (QualifiedName q : members) {
                groupOf.put(q, name);
            }
            groupSizes.put(name, members.size());
            if (members.size() <= cap()) {
                bySchema.put(name, List.of(new Diagram(base + ".svg", "schema " + name, Kind.SCHEMA, graph("schema " + name, members, null, 1))));
                continue;
            }
            List<List<QualifiedName>> parts = cut(members);
            List<Diagram> diagrams = new ArrayList<>();
            Map<QualifiedName, Integer> partOf = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                String title = "schema " + name + ", part " + (i + 1) + " of " + parts.size();
                diagrams.add(new Diagram(base + ".part" + (i + 1) + ".svg", title, Kind.PART, graph(title, parts.get(i), null, 1)));
                for (QualifiedName q : parts.get(i)) {
                    partOf.put(q, i);
                }
            }
            bySchema.put(name, List.copyOf(diagrams));
            schemaOverview.put(name, partsOverview(name, base, parts, partOf));
        }
        if (perSchema.size() > 1 && all == null) {
            overview = groupsOverview(perSchema, groupOf);
        }
        for (Config.Viewpoint vp : config.viewpoints()) {
            List<QualifiedName> members = viewpointTables(vp, everything);
            viewpointSizes.put(vp.name(), members.size());
            if (!members.isEmpty() && members.size() <= cap()) {
                String title = "viewpoint " + vp.name();
                byViewpoint.put(vp.name(), new Diagram("er/viewpoints/" + encode(vp.name()) + ".svg", title, Kind.VIEWPOINT, graph(title, members, null, 1)));
            }
        }
    }

    private static String title(String database) {
        return database == null ? "all tables" : "database " + database;
    }

    /**
     * The tables within {@code er.distance} hops of {@code start}, nearest first; a ring that would pass the cap
     * is cut in name order, so the picture stays small around a table everything points at.
     */
    List<QualifiedName> neighbourhood(QualifiedName start) {
        List<QualifiedName> out = new ArrayList<>();
        Set<QualifiedName> seen = new HashSet<>();
        out.add(start);
        seen.add(start);
        List<QualifiedName> ring = List.of(start);
        for (int d = 0; d < settings.distance() && out.size() < cap(); d++) {
            TreeSet<QualifiedName> next = new TreeSet<>();
            for (QualifiedName q : ring) {
                for (QualifiedName n : neighbours.get(q)) {
                    if (!seen.contains(n)) {
                        next.add(n);
                    }
                }
            }
            List<QualifiedName> added = new ArrayList<>();
            for (QualifiedName n : next) {
                if (out.size() >= cap()) {
                    break;
                }
                seen.add(n);
                out.add(n);
                added.add(n);
            }
            ring = added;
        }
        return out;
    }

    /**
     * Cuts a schema that is too big for one picture into parts of at most cap tables: connected tables are
     * walked breadth-first so that each part holds tables that relate to each other; small components share a part.
     */
    private List<List<QualifiedName>> cut(List<QualifiedName> members) {
        Set<QualifiedName> inSchema = new HashSet<>(members);
        Set<QualifiedName> seen = new HashSet<>();
        List<List<QualifiedName>> components = new ArrayList<>();
        for (QualifiedName start : members) {
            if (!seen.add(start)) {
                continue;
            }
            List<QualifiedName> component = new ArrayList<>();
            Deque<QualifiedName> queue = new ArrayDeque<>();
            queue.add(start);
            while (!queue.isEmpty()) {
                QualifiedName q = queue.poll();
                component.add(q);
                for (QualifiedName n : neighbours.get(q)) {
                    if (inSchema.contains(n) && seen.add(n)) {
                        queue.add(n);
                    }
                }
            }
            components.add(component);
        }
        List<List<QualifiedName>> parts = new ArrayList<>();
        List<QualifiedName> current = new ArrayList<>();
        for (List<QualifiedName> component : components) {
            if (current.size() + component.size() > cap() && !current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
            }
            for (QualifiedName q : component) {
                if (current.size() == cap()) {
                    parts.add(current);
                    current = new ArrayList<>();
                }
                current.add(q);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        for (int i = 0; i < parts.size(); i++) {
            List<QualifiedName> sorted = new ArrayList<>(parts.get(i));
            sorted.sort(null);
            parts.set(i, sorted);
        }
        return parts;
    }

    /** The parts of one big schema as boxes with counts, grouped further when there are more parts than the cap. */
    private Diagram partsOverview(String name, String base, List<List<QualifiedName>> parts, Map<QualifiedName, Integer> partOf) {
        int per = (parts.size() + cap() - 1) / cap();
        Map<QualifiedName, String> groupOf = new HashMap<>();
        List<ErGraph.Box> boxes = new ArrayList<>();
        for (int g = 0; g * per < parts.size(); g++) {
            int from = g * per;
            int to = Math.min(parts.size(), from + per);
            String id = "g" + g;
            int count = 0;
            QualifiedName first = null;
            QualifiedName last = null;
            for (int i = from; i < to; i++) {
                count += parts.get(i).size();
                for (QualifiedName q : parts.get(i)) {
                    groupOf.put(q, id);
                    first = first == null || q.compareTo(first) < 0 ? q : first;
                    last = last == null || q.compareTo(last) > 0 ? q : last;
                }
            }
            String label = per == 1 ? "part " + (from + 1) : "parts " + (from + 1) + "–" + to;
            String href = encode(name) + ".part" + (from + 1) + ".svg";
            boxes.add(new ErGraph.Box(id, label, href, List.of(
                new ErGraph.Row(count + " tables", "", false, false),
                new ErGraph.Row(first.name(), "first", false, false),
                new ErGraph.Row(last.name(), "last", false, false)), false, 0));
        }
        String title = "schema " + name + ": overview of " + parts.size() + " parts";
        return new Diagram(base + ".overview.svg", title, Kind.SCHEMA_OVERVIEW, new ErGraph(title, boxes, groupRelations(groupOf)));
    }

    /** One box per schema with its counts; schemas beyond the cap are merged into the last box. */
    private Diagram groupsOverview(Map<String, List<QualifiedName>> perSchema, Map<QualifiedName, String> schemaOf) {
        List<ErGraph.Box> boxes = new ArrayList<>();
        Map<QualifiedName, String> groupOf = new HashMap<>();
        List<String> names = new ArrayList<>(perSchema.keySet());
        int shown = names.size() <= cap() ? names.size() : cap() - 1;
        for (int i = 0; i < shown; i++) {
            String name = names.get(i);
            String id = "s" + i;
            List<QualifiedName> members = perSchema.get(name);
            long views = members.stream().filter(q -> tables.get(q).kind().isView()).count();
            List<ErGraph.Row> rows = new ArrayList<>();
            rows.add(new ErGraph.Row((members.size() - views) + " tables", "", false, false));
            if (views > 0) {
                rows.add(new ErGraph.Row(views + " views", "", false, false));
            }
            List<Diagram> ds = bySchema.get(name);
            String href = ds.size() == 1 ? "schemas/" + encode(name) + ".svg" : "schemas/" + encode(name) + ".overview.svg";
            boxes.add(new ErGraph.Box(id, "schema " + name, href, rows, false, 0));
            for (QualifiedName q : members) {
                groupOf.put(q, id);
            }
        }
        if (shown < names.size()) {
            int count = 0;
            for (int i = shown; i < names.size(); i++) {
                count += perSchema.get(names.get(i)).size();
                for (QualifiedName q : perSchema.get(names.get(i))) {
                    groupOf.put(q, "rest");
                }
            }
            boxes.add(new ErGraph.Box("rest", (names.size() - shown) + " more schemas", null,
                List.of(new ErGraph.Row(count + " tables", "", false, false)), false, 0));
        }
        String title = "overview of " + names.size() + " schemas";
        return new Diagram("er/overview.svg", title, Kind.OVERVIEW, new ErGraph(title, boxes, groupRelations(groupOf)));
    }

    /** Relations between groups, one line per ordered pair, labelled with how many foreign keys it stands for. */
    private List<ErGraph.Relation> groupRelations(Map<QualifiedName, String> groupOf) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Table t : schema.tables()) {
            String from = groupOf.get(t.qualifiedName());
            for (QualifiedName parent : references(t)) {
                String to = groupOf.get(parent);
                if (from != null && to != null && !from.equals(to)) {
                    counts.merge(from + "\n" + to, 1, Integer::sum);
                }
            }
        }
        List<ErGraph.Relation> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] ends = e.getKey().split("\n", 2);
            out.add(new ErGraph.Relation(ends[0], ends[1], e.getValue() + (e.getValue() == 1 ? " reference" : " references"), true));
        }
        return out;
    }

    private List<QualifiedName> viewpointTables(Config.Viewpoint vp, List<QualifiedName> everything) {
        List<Pattern> tablePatterns = vp.tables().stream().map(io.schemadoc.config.Glob::pattern).toList();
        List<Pattern> schemaPatterns = vp.schemas().stream().map(io.schemadoc.config.Glob::pattern).toList();
        List<QualifiedName> out = new ArrayList<>();
        for (QualifiedName q : everything) {
            String full = q.toString();
            boolean match = schemaPatterns.stream().anyMatch(p -> p.matcher(q.schema()).matches())
                || tablePatterns.stream().anyMatch(p -> p.matcher(full).matches() || "public".equals(q.schema()) && p.matcher(q.name()).matches());
            if (match) {
                out.add(q);
            }
        }
        return out;
    }

    /** The graph of the given tables in the given order; {@code depth} is how deep the SVG file sits below {@code er/}. */
    private ErGraph graph(String title, List<QualifiedName> members, QualifiedName focus, int depth) {
        String up = "../".repeat(depth + 1);
        Set<QualifiedName> in = new HashSet<>(members);
        List<ErGraph.Box> boxes = new ArrayList<>();
        List<ErGraph.Relation> relations = new ArrayList<>();
        for (QualifiedName q : members) {
            Table t = tables.get(q);
            boolean isFocus = q.equals(focus);
            boxes.add(box(t, this.relations.parentsOf(q), pages.table(q), up + pages.table(q) + pageSuffix, isFocus, isFocus || members.size() == 1 ? FOCUS_ROWS : OTHER_ROWS));
        }
        for (QualifiedName q : members) {
            Table t = tables.get(q);
            for (Relation r : this.relations.parentsOf(q)) {
                if (in.contains(r.parent())) {
                    String label = (r.name() == null ? "" : r.name() + ": ") + q + " (" + String.join(", ", r.columns()) + ") → " + r.parent()
                        + " (" + String.join(", ", r.parentColumns()) + ")";
                    relations.add(new ErGraph.Relation(pages.table(q), pages.table(r.parent()), label, r.isVirtual()));
                }
            }
            for (ObjectRef ref : t.dependsOn()) {
                QualifiedName read = new QualifiedName(ref.schema(), ref.name());
                if (ref.kind() != ObjectRef.Kind.ROUTINE && in.contains(read) && !read.equals(q)) {
                    relations.add(new ErGraph.Relation(pages.table(q), pages.table(read), q + " reads " + read, true));
                }
            }
        }
        return new ErGraph(title, boxes, relations);
    }

    private static ErGraph.Box box(Table t, List<Relation> parents, String id, String href, boolean focus, int maxRows) {
        Set<String> pk = new HashSet<>();
        Constraint primary = t.primaryKey();
        if (primary != null) {
            pk.addAll(primary.columns());
        }
        Set<String> fk = new HashSet<>();
        for (Relation r : parents) {
            fk.addAll(r.columns());
        }
        List<Column> shown = new ArrayList<>(t.columns());
        if (shown.size() > maxRows) {
            // Keep the key columns (they explain the lines), then fill up in column order.
            Set<String> keep = new HashSet<>();
            for (Column c : t.columns()) {
                if ((pk.contains(c.name()) || fk.contains(c.name())) && keep.size() < maxRows) {
                    keep.add(c.name());
                }
            }
            for (Column c : t.columns()) {
                if (keep.size() >= maxRows) {
                    break;
                }
                keep.add(c.name());
            }
            shown = t.columns().stream().filter(c -> keep.contains(c.name())).toList();
        }
        List<ErGraph.Row> rows = new ArrayList<>();
        for (Column c : shown) {
            rows.add(new ErGraph.Row(c.name(), c.type(), pk.contains(c.name()), fk.contains(c.name())));
        }
        String title = t.kind().isView() ? t.qualifiedName() + " (" + t.kind().label().toLowerCase(java.util.Locale.ROOT) + ")" : t.qualifiedName().toString();
        return new ErGraph.Box(id, title, href, rows, focus, t.columns().size() - shown.size());
    }

    /** File-name form of a schema or viewpoint name: the {@code ~XX} encoding {@link PageNames} uses. */
    static String encode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('~').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return sb.isEmpty() ? "~00" : sb.toString();
    }

    public Diagram forTable(QualifiedName table) {
        return byTable.get(table);
    }

    /** The diagrams of one schema: one, or its parts when it is too big for one. */
    public List<Diagram> forSchema(String name) {
        return bySchema.getOrDefault(name, List.of());
    }

    /** The overview of a schema's parts, or null when the schema fits in one picture. */
    public Diagram schemaOverview(String name) {
        return schemaOverview.get(name);
    }

    /** The viewpoint's diagram, or null when it matches nothing or more tables than the cap. */
    public Diagram forViewpoint(String name) {
        return byViewpoint.get(name);
    }

    public int viewpointSize(String name) {
        return viewpointSizes.getOrDefault(name, 0);
    }

    /** The whole database in one picture, or null when it has more tables than the cap. */
    public Diagram all() {
        return all;
    }

    /** One box per schema, or null when there is only one schema or everything fits in {@link #all()}. */
    public Diagram overview() {
        return overview;
    }

    /** Every planned diagram, in a fixed order. */
    public List<Diagram> diagrams() {
        List<Diagram> out = new ArrayList<>();
        if (overview != null) {
            out.add(overview);
        }
        if (all != null) {
            out.add(all);
        }
        for (String name : bySchema.keySet()) {
            if (schemaOverview.containsKey(name)) {
                out.add(schemaOverview.get(name));
            }
            out.addAll(bySchema.get(name));
        }
        out.addAll(byViewpoint.values());
        out.addAll(byTable.values());
        return out;
    }
}
