package io.schemadoc.analysis.trace;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.model.Names;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Resolves what a user typed (table name, operation, columns) against a schema, with errors that say what to try. */
public final class TraceRequest {
    private TraceRequest() {}

    /** {@code schema.table}, or a bare name found on the database's search_path, else in exactly one schema. */
    public static QualifiedName table(Schema schema, String written) {
        SchemaIndex index = new SchemaIndex(schema);
        String w = written.strip();
        int dot = separatingDot(w);
        if (dot > 0) {
            QualifiedName q = new QualifiedName(unquote(w.substring(0, dot)), unquote(w.substring(dot + 1)));
            if (index.table(q) != null) {
                return q;
            }
            throw new TraceException("no table " + q + " in the schema (check the name, or list tables with `schemadoc inspect`)");
        }
        String name = unquote(w);
        for (String s : schema.searchPath()) {
            if (index.table(s, name) != null) {
                return new QualifiedName(s, name);
            }
        }
        List<QualifiedName> found = new ArrayList<>();
        for (Table t : schema.tables()) {
            if (t.name().equals(name)) {
                found.add(t.qualifiedName());
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new TraceException("no table named " + name + " in the schema (give it as schema.table; list tables with `schemadoc inspect`)");
        }
        throw new TraceException("table name " + name + " is in several schemas (" + found.stream().map(Object::toString).toList()
            + "): give it as schema.table");
    }

    public static Operation operation(String written) {
        String w = written.strip().toUpperCase(Locale.ROOT);
        for (Operation op : List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE, Operation.TRUNCATE)) {
            if (op.name().equals(w)) {
                return op;
            }
        }
        throw new TraceException("unknown operation '" + written + "': use insert, update, delete or truncate");
    }

    /** Columns must exist on the table; given in the table's own spelling. */
    public static List<String> columns(Schema schema, QualifiedName table, List<String> written) {
        Table t = new SchemaIndex(schema).table(table);
        List<String> out = new ArrayList<>();
        for (String c : written) {
            String name = unquote(c.strip());
            if (name.isEmpty()) {
                continue;
            }
            if (t.column(name) == null) {
                throw new TraceException("table " + table + " has no column " + name + " (its columns: "
                    + String.join(", ", t.columns().stream().map(io.schemadoc.model.Column::name).toList()) + ")");
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The first dot outside double quotes ({@code "a.b"."c"} is schema {@code a.b}), or -1. */
    private static int separatingDot(String w) {
        boolean quoted = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled "" inside a quoted name toggles twice
            } else if (c == '.' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** {@code "Mixed"} stays as written; unquoted names fold to lower case as in SQL. */
    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static String display(QualifiedName q) {
        return Names.qualified(q.schema(), q.name());
    }
}
