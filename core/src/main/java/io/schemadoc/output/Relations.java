package io.schemadoc.output;

import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigException;
import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Names;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every relation the docs draw, by child and by parent, built once: declared foreign keys (inherited clones
 * on partitions left out), the config's virtual relations, and, when asked, relations detected by naming.
 * Relations to tables that are not documented (excluded) are left out so no link or diagram points nowhere.
 */
public final class Relations {
    private final Map<QualifiedName, List<Relation>> byChild = new HashMap<>();
    private final Map<QualifiedName, List<Relation>> byParent = new HashMap<>();
    private final List<Relation> all = new ArrayList<>();

    private Relations() {}

    public static Relations of(Schema schema, SchemaIndex index, Config config) {
        Relations r = new Relations();
        // Columns the config relates by hand are never also "detected".
        Set<String> declared = new HashSet<>();
        for (Config.VirtualRelation v : config.relations()) {
            Table child = resolve(index, v.table());
            for (String c : v.columns()) {
                declared.add(child.qualifiedName() + "\u0000" + c);
            }
        }
        for (Table t : schema.tables()) {
            Set<String> covered = new HashSet<>();
            for (Constraint c : t.foreignKeys()) {
                covered.addAll(c.columns());
                if (c.inherited()) {
                    continue;
                }
                QualifiedName parent = new QualifiedName(c.foreignKey().referencedSchema(), c.foreignKey().referencedTable());
                if (index.table(parent) == null) {
                    continue;
                }
                r.add(new Relation(t.qualifiedName(), c.columns(), parent, c.foreignKey().referencedColumns(), c.name(),
                    c.definition(), Relation.Kind.FOREIGN_KEY, optional(t, c.columns()), unique(t, c.columns())));
            }
            if (config.detectVirtualRelations().enabled() && !t.kind().isView()) {
                for (Column col : t.columns()) {
                    if (!covered.contains(col.name()) && !declared.contains(t.qualifiedName() + "\u0000" + col.name())) {
                        Relation d = detect(t, col, index);
                        if (d != null) {
                            r.add(d);
                        }
                    }
                }
            }
        }
        for (Config.VirtualRelation v : config.relations()) {
            Table child = resolve(index, v.table());
            Table parent = resolve(index, v.parentTable());
            for (String c : v.columns()) {
                requireColumn(child, c, v.table());
            }
            for (String c : v.parentColumns()) {
                requireColumn(parent, c, v.parentTable());
            }
            String def = v.def() != null ? v.def()
                : "virtual: (" + String.join(", ", v.columns()) + ") -> " + parent.qualifiedName() + "(" + String.join(", ", v.parentColumns()) + ")";
            r.add(new Relation(child.qualifiedName(), v.columns(), parent.qualifiedName(), v.parentColumns(), null, def,
                Relation.Kind.VIRTUAL, optional(child, v.columns()), unique(child, v.columns())));
        }
        Comparator<Relation> byPosition = Comparator
            .comparingInt((Relation x) -> firstPosition(index.table(x.child()), x.columns()))
            .thenComparing(x -> x.parent())
            .thenComparing(x -> x.name() == null ? "" : x.name(), Names.BYTE_ORDER)
            .thenComparing(x -> String.join(",", x.columns()), Names.BYTE_ORDER);
        Comparator<Relation> byChildName = Comparator.comparing(Relation::child).thenComparing(byPosition);
        r.byChild.values().forEach(l -> l.sort(byPosition));
        r.byParent.values().forEach(l -> l.sort(byChildName));
        r.all.sort(byChildName);
        return r;
    }

    private void add(Relation rel) {
        all.add(rel);
        byChild.computeIfAbsent(rel.child(), k -> new ArrayList<>()).add(rel);
        byParent.computeIfAbsent(rel.parent(), k -> new ArrayList<>()).add(rel);
    }

    /** Relations where {@code table} is the child (its parents), ordered by the position of their first column. */
    public List<Relation> parentsOf(QualifiedName table) {
        return byChild.getOrDefault(table, List.of());
    }

    /** Relations where {@code table} is the parent (its children), ordered by child. */
    public List<Relation> childrenOf(QualifiedName table) {
        return byParent.getOrDefault(table, List.of());
    }

    public List<Relation> all() {
        return all;
    }

    private static boolean optional(Table t, List<String> columns) {
        for (String c : columns) {
            Column col = t.column(c);
            if (col != null && col.nullable()) {
                return true;
            }
        }
        return false;
    }

    private static boolean unique(Table t, List<String> columns) {
        Set<String> set = new HashSet<>(columns);
        for (Constraint c : t.constraints()) {
            if ((c.type() == Constraint.Type.PRIMARY_KEY || c.type() == Constraint.Type.UNIQUE) && new HashSet<>(c.columns()).equals(set)) {
                return true;
            }
        }
        return false;
    }

    private static int firstPosition(Table t, List<String> columns) {
        Column c = t == null || columns.isEmpty() ? null : t.column(columns.get(0));
        return c == null ? Integer.MAX_VALUE : c.position();
    }

    /** {@code user_id} → {@code users.id} (also {@code user}, {@code useres}, {@code category_id} → {@code categories}). */
    private static Relation detect(Table t, Column col, SchemaIndex index) {
        String n = col.name();
        if (!n.endsWith("_id") || n.length() <= 3) {
            return null;
        }
        String base = n.substring(0, n.length() - 3);
        List<String> candidates = new ArrayList<>(List.of(base + "s", base + "es", base));
        if (base.endsWith("y")) {
            candidates.add(0, base.substring(0, base.length() - 1) + "ies");
        }
        for (String schemaName : t.schema().equals("public") ? List.of("public") : List.of(t.schema(), "public")) {
            for (String cand : candidates) {
                Table parent = index.table(schemaName, cand);
                if (parent == null || parent.kind().isView() || parent.qualifiedName().equals(t.qualifiedName())) {
                    continue;
                }
                Constraint pk = parent.primaryKey();
                if (pk != null && pk.columns().equals(List.of("id"))) {
                    return new Relation(t.qualifiedName(), List.of(n), parent.qualifiedName(), List.of("id"), null,
                        "detected by name: " + n + " -> " + parent.qualifiedName() + "(id)", Relation.Kind.DETECTED,
                        col.nullable(), unique(t, List.of(n)));
                }
            }
        }
        return null;
    }

    private static Table resolve(SchemaIndex index, String name) {
        int dot = name.indexOf('.');
        Table t = dot < 0 ? index.table("public", name) : index.table(name.substring(0, dot), name.substring(dot + 1));
        if (t == null) {
            throw new ConfigException("relations: table '" + name + "' is not in the documented schema (write it as schema.table, and check include/exclude)");
        }
        return t;
    }

    private static void requireColumn(Table t, String column, String written) {
        if (t.column(column) == null) {
            throw new ConfigException("relations: table '" + written + "' has no column '" + column + "'");
        }
    }
}
