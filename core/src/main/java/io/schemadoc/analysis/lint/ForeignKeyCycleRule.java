package io.schemadoc.analysis.lint;

import io.schemadoc.model.Constraint;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

final class ForeignKeyCycleRule implements SchemaRule {
    @Override
    public String id() {
        return "fk-cycle";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    /** Breadth-first from {@code start} back to itself: the shortest cycle through it, or empty. Neighbours in name order. */
    static List<QualifiedName> shortestCycle(QualifiedName start, Map<QualifiedName, Set<QualifiedName>> edges) {
        Map<QualifiedName, QualifiedName> from = new HashMap<>();
        Deque<QualifiedName> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            QualifiedName at = queue.poll();
            for (QualifiedName next : edges.getOrDefault(at, Set.of())) {
                if (next.equals(start)) {
                    List<QualifiedName> path = new ArrayList<>();
                    for (QualifiedName p = at; p != null; p = from.get(p)) {
                        path.add(p);
                    }
                    Collections.reverse(path);
                    path.add(start);
                    return path;
                }
                if (!from.containsKey(next) && !next.equals(start)) {
                    from.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    @Override
    public String title() {
        return "Tables that reference each other in a cycle";
    }

    @Override
    public String reason() {
        return """
            When table A references B and B (directly or through others) references A, neither row can be inserted
            first unless one of the keys is nullable or the constraints are DEFERRABLE, deletes need a careful order,
            and tools that load or copy data table by table cannot find an order at all. Break the cycle: make one
            reference nullable and fill it afterwards, make it `DEFERRABLE INITIALLY DEFERRED`, or move it into a
            link table. A table referencing itself (a tree) is not a cycle here.""";
    }

    @Override
    public void check(LintContext ctx) {
        Map<QualifiedName, Set<QualifiedName>> edges = new HashMap<>();
        for (Table t : ctx.tables()) {
            Set<QualifiedName> out = new TreeSet<>();
            for (Constraint fk : t.foreignKeys()) {
                QualifiedName parent = new QualifiedName(fk.foreignKey().referencedSchema(), fk.foreignKey().referencedTable());
                if (!fk.inherited() && !parent.equals(t.qualifiedName())) {
                    out.add(parent);
                }
            }
            edges.put(t.qualifiedName(), out);
        }
        for (Table t : ctx.tables()) {
            List<QualifiedName> cycle = shortestCycle(t.qualifiedName(), edges);
            if (!cycle.isEmpty()) {
                ctx.table(t, "table " + t.name() + " is on a foreign-key cycle: "
                    + cycle.stream().map(QualifiedName::toString).collect(Collectors.joining(" → ")));
            }
        }
    }
}
