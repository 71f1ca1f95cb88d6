package io.schemadoc.output.svg;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/** Hand-built schemas for the site and diagram tests, until the example databases are in main. */
public final class SchemaFixtures {
    private SchemaFixtures() {}

    /** Text that must never run or break out of its context wherever the schema's words are written. */
    public static final String HOSTILE = "<script>window.__pwned=1;document.title='pwned'</script><!-- \" ' & \u2028 </script>";

    public static Column col(String name, int pos, String type, boolean nullable, String comment) {
        return new Column(name, pos, type, "pg_catalog", type, null, nullable, null, null, null, null, comment);
    }

    public static Constraint pk(String table, String... cols) {
        return new Constraint(table + "_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (" + String.join(", ", cols) + ")",
            List.of(cols), null, false, false, true, false, null, null);
    }

    public static Constraint fk(String name, String column, String refSchema, String refTable, String refColumn) {
        return new Constraint(name, Constraint.Type.FOREIGN_KEY,
            "FOREIGN KEY (" + column + ") REFERENCES " + refSchema + "." + refTable + "(" + refColumn + ")",
            List.of(column), new ForeignKey(refSchema, refTable, List.of(refColumn), ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION,
                List.of(), ForeignKey.Match.SIMPLE), false, false, true, false, null, null);
    }

    public static Index index(String name, String table, boolean primary, String... cols) {
        List<IndexColumn> keys = new ArrayList<>();
        for (String c : cols) {
            keys.add(new IndexColumn(c, null, false, false, null, null));
        }
        return new Index(name, "CREATE " + (primary ? "UNIQUE " : "") + "INDEX " + name + " ON " + table + " USING btree (" + String.join(", ", cols) + ")",
            "btree", primary, primary, keys, List.of(), null, true, primary ? name : null, false, null, null);
    }

    public static Table table(String schema, String name, String comment, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {
        return new Table(schema, name, TableKind.TABLE, "app", comment, columns, constraints, indexes, List.of(), List.of(),
            false, false, false, -1, null, List.of(), null, null, null, List.of(), null);
    }

    /** A small chat application: users, rooms, members, messages (self reference, composite key), a view, a routine, a trigger, a policy. */
    public static Schema chat() {
        List<Table> tables = new ArrayList<>();
        tables.add(table("public", "users", "People who can log in",
            List.of(col("id", 1, "bigint", false, "Primary key"), col("email", 2, "text", false, "Login e-mail"),
                col("display_name", 3, "text", true, null), col("invited_by", 4, "bigint", true, "Who invited them")),
            List.of(pk("users", "id"), fk("users_invited_by_fkey", "invited_by", "public", "users", "id")),
            List.of(index("users_pkey", "public.users", true, "id"))));
        tables.add(table("public", "rooms", "Chat rooms",
            List.of(col("id", 1, "bigint", false, null), col("owner_id", 2, "bigint", false, null), col("title", 3, "text", false, null)),
            List.of(pk("rooms", "id"), fk("rooms_owner_id_fkey", "owner_id", "public", "users", "id")),
            List.of(index("rooms_pkey", "public.rooms", true, "id"))));
        tables.add(table("public", "room_members", null,
            List.of(col("room_id", 1, "bigint", false, null), col("user_id", 2, "bigint", false, null), col("joined_at", 3, "timestamp with time zone", false, null)),
            List.of(pk("room_members", "room_id", "user_id"), fk("room_members_room_id_fkey", "room_id", "public", "rooms", "id"),
                fk("room_members_user_id_fkey", "user_id", "public", "users", "id")),
            List.of(index("room_members_pkey", "public.room_members", true, "room_id", "user_id"))));
        Trigger trigger = new Trigger("messages_touch", Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT, Trigger.Event.UPDATE), List.of(),
            Trigger.Level.ROW, null, null, null, Trigger.Enabled.ORIGIN, false, false, false, new RoutineRef("public", "touch", ""), List.of(),
            "CREATE TRIGGER messages_touch BEFORE INSERT OR UPDATE ON public.messages FOR EACH ROW EXECUTE FUNCTION touch()", false, null, null);
        Policy policy = new Policy("members_read", Policy.Command.SELECT, true, List.of("app_user"), "is_member(room_id)", null, null, null);
        tables.add(new Table("public", "messages", TableKind.TABLE, "app", HOSTILE,
            List.of(col("id", 1, "bigint", false, null), col("room_id", 2, "bigint", false, null), col("author_id", 3, "bigint", false, null),
                col("body", 4, "text", false, "Message text " + HOSTILE), col("sent_at", 5, "timestamp with time zone", false, null)),
            List.of(pk("messages", "id"), fk("messages_room_id_fkey", "room_id", "public", "rooms", "id"),
                fk("messages_author_id_fkey", "author_id", "public", "users", "id")),
            List.of(index("messages_pkey", "public.messages", true, "id"), index("messages_room_id_idx", "public.messages", false, "room_id")),
            List.of(trigger), List.of(policy), true, false, false, 1000, null, List.of(), null, null, null, List.of(), null));
        tables.add(new Table("public", "recent_messages", TableKind.VIEW, "app", "Messages of the last day",
            List.of(col("id", 1, "bigint", true, null), col("body", 2, "text", true, null), col("email", 3, "text", true, null)),
            List.of(), List.of(), List.of(), List.of(), false, false, false, -1,
            " SELECT m.id, m.body, u.email FROM messages m JOIN users u ON u.id = m.author_id WHERE m.sent_at > now() - '1 day'::interval;",
            List.of(ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "messages"), ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "users")),
            null, null, null, List.of(), null));
        tables.add(table("audit", "we\"ird</script>", HOSTILE,
            List.of(col("id", 1, "bigint", false, null), col("<b>col</b>", 2, "text", true, HOSTILE)),
            List.of(pk("weird", "id")), List.of()));
        List<Routine> routines = List.of(
            new Routine("public", "touch", Routine.Kind.FUNCTION, "", "", List.of(), "trigger", false, "plpgsql", Routine.Volatility.VOLATILE,
                false, false, false, List.of(), "\nBEGIN\n  NEW.sent_at := now();\n  RETURN NEW; -- </script><script>window.__pwned=2</script>\nEND;\n",
                false, "app", "Sets sent_at", null, null),
            new Routine("public", "post_message", Routine.Kind.FUNCTION, "bigint, text", "p_room bigint, p_body text", List.of(), "bigint", false,
                "sql", Routine.Volatility.VOLATILE, false, true, false, List.of("search_path=public"),
                "INSERT INTO messages(room_id, author_id, body) VALUES (p_room, 1, p_body) RETURNING id", false, "app", "Posts a message", null, null));
        return new Schema("chat", "18.0", 180000, List.of("public"),
            List.of(new Namespace("public", "app", "Application"), new Namespace("audit", "app", HOSTILE)),
            List.of(), tables, routines, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * {@code n} tables spread over {@code schemas} schemas; each table references one or two earlier tables,
     * some in other schemas, like the synthetic databases bench/ uses.
     */
    public static Schema synthetic(int n, int schemas) {
        List<Table> tables = new ArrayList<>();
        List<Namespace> namespaces = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            namespaces.add(new Namespace("s" + s, "app", null));
        }
        for (int i = 0; i < n; i++) {
            String schema = "s" + (i % schemas);
            String name = String.format("t%05d", i);
            List<Column> cols = new ArrayList<>();
            List<Constraint> cons = new ArrayList<>();
            cols.add(col("id", 1, "bigint", false, null));
            cons.add(pk(name, "id"));
            int pos = 2;
            if (i > 0) {
                int parent = (int) ((i * 2654435761L) % i);
                cols.add(col("a_id", pos++, "bigint", false, null));
                cons.add(fk(name + "_a_fkey", "a_id", "s" + (parent % schemas), String.format("t%05d", parent), "id"));
            }
            if (i > 1 && i % 3 == 0) {
                int parent = i / 2;
                cols.add(col("b_id", pos++, "bigint", true, null));
                cons.add(fk(name + "_b_fkey", "b_id", "s" + (parent % schemas), String.format("t%05d", parent), "id"));
            }
            for (int c = pos; c <= 8; c++) {
                cols.add(col("c" + c, c, c % 2 == 0 ? "text" : "integer", true, null));
            }
            tables.add(table(schema, name, "table " + i, cols, cons, List.of(index(name + "_pkey", schema + "." + name, true, "id"))));
        }
        return new Schema("synthetic", "18.0", 180000, List.of("public"), namespaces, List.of(), tables, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static QualifiedName q(String schema, String name) {
        return new QualifiedName(schema, name);
    }
}
