package io.schemadoc.analysis.diff;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Index;
import io.schemadoc.model.Names;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Marks removed/added pairs of the same kind whose shapes match as possible renames. It never merges
 * them: the user decides. Shapes: a relation's column names and types; an index's or trigger's definition
 * with its own name taken out; a constraint's type and definition; a routine's language and body; a
 * column's type, default and ordinal position; an enum's labels. Members only pair within the same table.
 */
final class RenameHints {
    private RenameHints() {}

    static List<Change> apply(List<Change> changes, Map<ObjectId, Integer> ordinals) {
        Map<String, List<Change.Removed>> removed = new TreeMap<>();
        Map<String, List<Change.Added>> added = new TreeMap<>();
        for (Change c : changes) {
            if (c instanceof Change.Removed r) {
                String shape = shape(r.id(), r.object(), ordinals);
                if (shape != null) {
                    removed.computeIfAbsent(shape, k -> new ArrayList<>()).add(r);
                }
            } else if (c instanceof Change.Added a) {
                String shape = shape(a.id(), a.object(), ordinals);
                if (shape != null) {
                    added.computeIfAbsent(shape, k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Change> result = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c instanceof Change.Removed r) {
                String shape = shape(r.id(), r.object(), ordinals);
                List<Change.Added> candidates = shape == null ? List.of() : added.getOrDefault(shape, List.of());
                result.add(candidates.isEmpty() ? r
                    : new Change.Removed(r.id(), r.summary(), r.object(), "possible rename to " + names(candidates.stream().map(Change::id).toList())));
            } else if (c instanceof Change.Added a) {
                String shape = shape(a.id(), a.object(), ordinals);
                List<Change.Removed> candidates = shape == null ? List.of() : removed.getOrDefault(shape, List.of());
                result.add(candidates.isEmpty() ? a
                    : new Change.Added(a.id(), a.summary(), a.object(), "possible rename of " + names(candidates.stream().map(Change::id).toList())));
            } else {
                result.add(c);
            }
        }
        return result;
    }

    private static String names(List<ObjectId> ids) {
        return ids.stream().map(ObjectId::displayName).sorted(Names.BYTE_ORDER).collect(Collectors.joining(", "));
    }

    /** A key equal for two objects that may be one renamed, or null when renames of this kind are not hinted. */
    static String shape(ObjectId id, Object object, Map<ObjectId, Integer> ordinals) {
        String scope = id.kind() + "\u0000" + (id.kind().isMember() ? id.schema() + "\u0000" + id.table() : "") + "\u0000";
        if (object instanceof Table t) {
            if (t.columns().isEmpty()) {
                return null;
            }
            return scope + t.kind() + t.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.joining(",", "(", ")"));
        }
        if (object instanceof Column c) {
            return scope + c.type() + "\u0000" + c.defaultValue() + "\u0000" + ordinals.get(id);
        }
        if (object instanceof Index i) {
            return i.definition() == null ? null : scope + withoutName(i.definition(), i.name());
        }
        if (object instanceof Trigger t) {
            return t.definition() == null ? null : scope + withoutName(t.definition(), t.name());
        }
        if (object instanceof Constraint c) {
            return c.definition() == null ? null : scope + c.type() + "\u0000" + c.definition();
        }
        if (object instanceof Routine r) {
            if (r.body() == null || r.body().isBlank()) {
                return null;
            }
            return scope + r.kind() + "\u0000" + r.language() + "\u0000" + r.returns() + "\u0000" + r.body();
        }
        if (object instanceof EnumType e) {
            return e.labels().isEmpty() ? null : scope + String.join("\u0000", e.labels());
        }
        return null;
    }

    /** {@code CREATE INDEX name ON …} and {@code CREATE TRIGGER name …} name the object once, right after the keyword. */
    static String withoutName(String definition, String name) {
        for (String form : List.of(Names.quoteIdent(name), "\"" + name.replace("\"", "\"\"") + "\"", name)) {
            int at = definition.indexOf(" " + form + " ");
            if (at >= 0) {
                return definition.substring(0, at) + " ? " + definition.substring(at + form.length() + 2);
            }
        }
        return definition;
    }
}
