package io.schemadoc.analysis.body;

import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.SchemaIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves names written in a body as PostgreSQL would for that routine: a qualified name as written; an unqualified
 * one through the routine's own {@code SET search_path} if it has one, else the database's {@code search_path}.
 * {@code "$user"} is skipped unless a schema named after the routine's owner exists (functions run as their caller,
 * so that is the closest known guess; it is documented as a limit). {@code pg_temp} is skipped. Calls resolve only to
 * routines of the model; anything else (pg_catalog built-ins, extension functions left out) is not a call to report.
 */
final class NameResolver {
    private final SchemaIndex index;
    private final List<String> path;

    NameResolver(SchemaIndex index, List<String> path) {
        this.index = index;
        this.path = List.copyOf(path);
    }

    static NameResolver forRoutine(SchemaIndex index, Routine routine) {
        String own = routine == null ? null : routine.setting("search_path");
        List<String> raw = own != null ? parsePath(own) : index.schema().searchPath();
        List<String> path = new ArrayList<>();
        for (String entry : raw) {
            String e = entry;
            if (e.equals("$user")) {
                if (routine != null && routine.owner() != null && schemaExists(index, routine.owner())) {
                    path.add(routine.owner());
                }
                continue;
            }
            if (e.equals("pg_temp") || e.startsWith("pg_temp_")) {
                continue;
            }
            path.add(e);
        }
        if (raw.isEmpty()) {
            path.add("public");
        }
        return new NameResolver(index, path);
    }

    private static boolean schemaExists(SchemaIndex index, String name) {
        return index.schema().schemas().stream().anyMatch(ns -> ns.name().equals(name));
    }

    /** Parses a search_path value such as {@code "$user", public, "My Schema"} into folded names. */
    static List<String> parsePath(String value) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = Lexer.tokenize(value);
        for (Token t : tokens) {
            if (t.isIdentifier()) {
                out.add(t.identifier());
            } else if (t.kind() == Token.Kind.STRING) {
                String v = t.text();
                out.add(v.length() >= 2 ? v.substring(1, v.length() - 1).replace("''", "'") : v);
            } else if (t.kind() == Token.Kind.PARAM || t.text().startsWith("$")) {
                out.add(t.text());
            }
        }
        return out;
    }

    List<String> path() {
        return path;
    }

    /** A table from its name parts (already folded): {@code [name]}, {@code [schema, name]} or {@code [db, schema, name]}. */
    TableRef table(List<String> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        String name = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            String schema = parts.get(parts.size() - 2);
            return new TableRef(schema, name, index.table(schema, name) != null);
        }
        for (String schema : path) {
            if (index.table(schema, name) != null) {
                return new TableRef(schema, name, true);
            }
        }
        return new TableRef(path.isEmpty() ? "public" : path.get(0), name, false);
    }

    /**
     * The routines a call of {@code parts} with {@code argCount} arguments (-1: unknown) can reach: the overloads of the
     * first schema on the path that has any whose arity fits. Several only when more than one overload fits.
     */
    List<RoutineRef> routines(List<String> parts, int argCount) {
        if (parts.isEmpty() || parts.size() > 3) {
            return List.of();
        }
        String name = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            return fitting(index.routines(parts.get(parts.size() - 2), name), argCount);
        }
        for (String schema : path) {
            if (schema.equals("pg_catalog")) {
                continue;
            }
            List<RoutineRef> found = fitting(index.routines(schema, name), argCount);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<RoutineRef> fitting(List<Routine> candidates, int argCount) {
        List<RoutineRef> out = new ArrayList<>();
        for (Routine r : candidates) {
            if (r.kind() == Routine.Kind.AGGREGATE || r.kind() == Routine.Kind.WINDOW) {
                continue;
            }
            if (argCount < 0 || fits(r, argCount)) {
                out.add(r.ref());
            }
        }
        if (out.isEmpty() && argCount >= 0) {
            // Arguments the model does not describe (no argument list read): keep every overload rather than none.
            for (Routine r : candidates) {
                if (r.arguments().isEmpty() && !r.argumentTypes().isEmpty()
                    && r.kind() != Routine.Kind.AGGREGATE && r.kind() != Routine.Kind.WINDOW) {
                    out.add(r.ref());
                }
            }
        }
        return out;
    }

    static boolean fits(Routine r, int argCount) {
        if (r.arguments().isEmpty()) {
            int declared = r.argumentTypes().isBlank() ? 0 : r.argumentTypes().split(",").length;
            return declared == argCount;
        }
        int required = 0;
        int total = 0;
        boolean variadic = false;
        for (Routine.Argument a : r.arguments()) {
            if (a.mode() == Routine.Argument.Mode.OUT || a.mode() == Routine.Argument.Mode.TABLE) {
                // Procedures take OUT arguments in CALL; functions never do.
                if (r.kind() == Routine.Kind.PROCEDURE && a.mode() == Routine.Argument.Mode.OUT) {
                    total++;
                    required++;
                }
                continue;
            }
            total++;
            if (a.mode() == Routine.Argument.Mode.VARIADIC) {
                variadic = true;
            } else if (a.defaultValue() == null) {
                required++;
            }
        }
        return argCount >= required && (argCount <= total || variadic);
    }
}
