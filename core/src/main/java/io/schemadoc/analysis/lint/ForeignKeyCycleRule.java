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
        return shortestCycle(start, edges, null);
    }

    /**
     * As {@link #shortestCycle(QualifiedName, Map)}, walking only tables of {@code component} (null: all). Every table
     * on a path from {@code start} back to itself is in its strongly connected component, and tables outside it never
     * lead back into it, so leaving them out changes neither the order in which the component's tables are found nor
     * the cycle returned.
     */
    static List<QualifiedName> shortestCycle(QualifiedName start, Map<QualifiedName, Set<QualifiedName>> edges, Set<QualifiedName> component) {
        Map<QualifiedName, QualifiedName> from = new HashMap<>();
        Deque<QualifiedName> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            QualifiedName at = queue.poll();
            for (QualifiedName next : edges.getOrDefault(at, Set.of())) {
                if (component != null && !component.contains(next)) {
                    continue;
                }
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
        // A search from every table costs tables × references; only tables in a strongly connected component of two
        // or more are on a cycle, and the search from one of them needs only its component.
        Map<QualifiedName, Set<QualifiedName>> components = components(edges);
        for (Table t : ctx.tables()) {
            Set<QualifiedName> component = components.get(t.qualifiedName());
            if (component == null) {
                continue;
            }
            List<QualifiedName> cycle = shortestCycle(t.qualifiedName(), edges, component);
            if (!cycle.isEmpty()) {
                ctx.table(t, "table " + t.name() + " is on a foreign-key cycle: "
                    + cycle.stream().map(QualifiedName::toString).collect(Collectors.joining(" → ")));
            }
        }
    }

    /**
     * The strongly connected components of two or more tables, by table (Tarjan's algorithm, iterative so that a
     * chain of 10,000 references cannot overflow the stack). Referenced tables without an entry of their own (not
     * linted) have no outgoing edges.
     */
    static Map<QualifiedName, Set<QualifiedName>> components(Map<QualifiedName, Set<QualifiedName>> edges) {
        Map<QualifiedName, Integer> index = new HashMap<>();
        Map<QualifiedName, Integer> low = new HashMap<>();
        Set<QualifiedName> onStack = new java.util.HashSet<>();
        Deque<QualifiedName> stack = new ArrayDeque<>();
        Map<QualifiedName, Set<QualifiedName>> out = new HashMap<>();
        int counter = 0;
        for (QualifiedName root : edges.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            // Each frame: the table and the iterator over its references still to visit.
            Deque<Map.Entry<QualifiedName, java.util.Iterator<QualifiedName>>> frames = new ArrayDeque<>();
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            frames.push(Map.entry(root, edges.getOrDefault(root, Set.of()).iterator()));
            while (!frames.isEmpty()) {
                QualifiedName at = frames.peek().getKey();
                java.util.Iterator<QualifiedName> it = frames.peek().getValue();
                if (it.hasNext()) {
                    QualifiedName next = it.next();
                    if (!index.containsKey(next)) {
                        index.put(next, counter);
                        low.put(next, counter++);
                        stack.push(next);
                        onStack.add(next);
                        frames.push(Map.entry(next, edges.getOrDefault(next, Set.of()).iterator()));
                    } else if (onStack.contains(next)) {
                        low.put(at, Math.min(low.get(at), index.get(next)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    QualifiedName parent = frames.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(at)));
                }
                if (low.get(at).equals(index.get(at))) {
                    Set<QualifiedName> component = new java.util.HashSet<>();
                    QualifiedName member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(at));
                    if (component.size() > 1) {
                        for (QualifiedName m : component) {
                            out.put(m, component);
                        }
                    }
                }
            }
        }
        return out;
    }
}
