package io.schemadoc.output.diff;

import io.schemadoc.analysis.diff.Change;
import io.schemadoc.analysis.diff.ObjectId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every diff renderer reads: the two sources as the user named them (URLs with passwords masked) and the
 * sorted changes from A ({@code from}) to B ({@code to}).
 */
public record DiffReport(String from, String to, List<Change> changes) {

    public DiffReport {
        changes = List.copyOf(changes);
    }

    public boolean equal() {
        return changes.isEmpty();
    }

    long count(Class<? extends Change> type) {
        return changes.stream().filter(type::isInstance).count();
    }

    /**
     * The changes grouped by the object they belong to (a column's change under its table), in the order
     * of the list. {@code self} is the object's own added/removed change, if it has one.
     */
    record Group(ObjectId owner, Change self, List<Change> changes) {
        String verb() {
            return self != null ? self.verb() : "changed";
        }
    }

    List<Group> groups() {
        Map<ObjectId, List<Change>> byOwner = new LinkedHashMap<>();
        for (Change c : changes) {
            byOwner.computeIfAbsent(c.id().owner(), k -> new ArrayList<>()).add(c);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<ObjectId, List<Change>> e : byOwner.entrySet()) {
            Change self = null;
            List<Change> rest = new ArrayList<>();
            for (Change c : e.getValue()) {
                if (c.id().equals(e.getKey()) && !(c instanceof Change.Changed)) {
                    self = c;
                } else {
                    rest.add(c);
                }
            }
            groups.add(new Group(e.getKey(), self, List.copyOf(rest)));
        }
        return groups;
    }
}
