package io.schemadoc.analysis.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.SourceLocation;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.List;
import java.util.function.Consumer;

/** A hand-built schema with one of every kind of object, and a way to edit a copy of it through its JSON form. */
public final class Fixtures {
    private Fixtures() {}

    public static Column column(String name, int position, String type, String defaultValue, boolean nullable, String comment) {
        return new Column(name, position, type, "pg_catalog", type, defaultValue, nullable, null, null, null, null, comment);
    }

    public static Schema rich() {
        SourceLocation src = new SourceLocation("V1__init.sql", 1);
        Table users = new Table("public", "users", TableKind.TABLE, "app", "People",
            List.of(
                new Column("id", 1, "bigint", "pg_catalog", "int8", null, false, Column.Identity.ALWAYS, null, null, null, null),
                column("email", 2, "text", null, false, "Login"),
                column("name", 3, "text", "''::text", true, null),
                new Column("mood", 4, "public.mood", "public", "mood", null, true, null, null, null, null, null),
                new Column("email_lower", 5, "text", "pg_catalog", "text", null, true, null, Column.Generated.STORED, "lower(email)", "C", null)),
            List.of(
                new Constraint("users_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), null, false, false, true, false, null, src),
                new Constraint("users_email_key", Constraint.Type.UNIQUE, "UNIQUE (email)", List.of("email"), null, false, false, true, false, null, src),
                new Constraint("users_email_not_null", Constraint.Type.NOT_NULL, "NOT NULL email", List.of("email"), null, false, false, true, false, null, src),
                new Constraint("users_name_check", Constraint.Type.CHECK, "CHECK ((length(name) < 100))", List.of("name"), null, false, false, true, false, "short names", src)),
            List.of(
                new Index("users_pkey", "CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)", "btree", true, true,
                    List.of(new IndexColumn("id", null, false, false, null, null)), List.of(), null, true, "users_pkey", false, null, src),
                new Index("users_email_key", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree (email)", "btree", true, false,
                    List.of(new IndexColumn("email", null, false, false, null, null)), List.of(), null, true, "users_email_key", false, null, src),
                new Index("users_name_idx", "CREATE INDEX users_name_idx ON public.users USING btree (name)", "btree", false, false,
                    List.of(new IndexColumn("name", null, false, false, null, null)), List.of(), null, true, null, false, "by name", src)),
            List.of(new Trigger("users_touch", Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE), List.of(), Trigger.Level.ROW, null, null, null,
                Trigger.Enabled.ORIGIN, false, false, false, new RoutineRef("public", "touch", ""), List.of(),
                "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch()", false, null, src)),
            List.of(new Policy("users_self", Policy.Command.SELECT, true, List.of("app"), "(id = current_setting('app.user')::bigint)", null, null, src)),
            true, false, false, 42, null, List.of(), null, null, null, List.of(), src);
        Table orders = new Table("public", "orders", TableKind.PARTITIONED_TABLE, "app", null,
            List.of(column("id", 1, "bigint", null, false, null), column("user_id", 2, "bigint", null, false, null),
                column("placed_at", 3, "timestamp with time zone", "now()", false, null)),
            List.of(new Constraint("orders_user_id_fkey", Constraint.Type.FOREIGN_KEY, "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
                List.of("user_id"), new ForeignKey("public", "users", List.of("id"), ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION, List.of(), ForeignKey.Match.SIMPLE),
                false, false, true, false, null, src)),
            List.of(), List.of(), List.of(), false, false, false, -1, null, List.of(), "RANGE (placed_at)", null, null, List.of(), src);
        Table orders2024 = new Table("public", "orders_2024", TableKind.TABLE, "app", null,
            List.of(column("id", 1, "bigint", null, false, null), column("user_id", 2, "bigint", null, false, null),
                column("placed_at", 3, "timestamp with time zone", "now()", false, null)),
            List.of(new Constraint("orders_user_id_fkey", Constraint.Type.FOREIGN_KEY, "FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
                List.of("user_id"), new ForeignKey("public", "users", List.of("id"), ForeignKey.Action.CASCADE, ForeignKey.Action.NO_ACTION, List.of(), ForeignKey.Match.SIMPLE),
                false, false, true, true, null, src)),
            List.of(), List.of(), List.of(), false, false, false, 0, null, List.of(),
            null, new io.schemadoc.model.QualifiedName("public", "orders"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", List.of(), src);
        Table activeUsers = new Table("public", "active_users", TableKind.VIEW, "app", "Users seen lately",
            List.of(column("id", 1, "bigint", null, true, null), column("email", 2, "text", null, true, null)),
            List.of(), List.of(), List.of(), List.of(), false, false, false, -1, " SELECT id,\n    email\n   FROM users;",
            List.of(ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "users")), null, null, null, List.of(), src);
        Routine touch = new Routine("public", "touch", Routine.Kind.FUNCTION, "", "", List.of(), "trigger", false, "plpgsql",
            Routine.Volatility.VOLATILE, false, false, false, List.of(), "\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n", false, "app", null, null, src);
        Routine add = new Routine("util", "add", Routine.Kind.FUNCTION, "integer, integer", "a integer, b integer", List.of(), "integer", false, "sql",
            Routine.Volatility.IMMUTABLE, true, false, false, List.of("search_path=pg_catalog"), "SELECT a + b", false, "app", "Adds", null, src);
        return new Schema("shop", "18.0", 180000, List.of("public"),
            List.of(new Namespace("public", "pg_database_owner", "standard public schema"), new Namespace("util", "app", null)),
            List.of(new Extension("pgcrypto", "1.3", "public", "cryptographic functions")),
            List.of(users, orders, orders2024, activeUsers),
            List.of(touch, add),
            List.of(new EnumType("public", "mood", List.of("sad", "ok", "happy"), "app", null, src)),
            List.of(new Domain("public", "positive", "integer", null, true, null, List.of(new Domain.Check("positive_check", "CHECK ((VALUE > 0))", true)), "app", null, src)),
            List.of(new CompositeType("util", "pair", List.of(new CompositeType.Attribute("l", 1, "integer", null, null),
                new CompositeType.Attribute("r", 2, "integer", null, null)), "app", null, src)),
            List.of(new Sequence("public", "invoice_no", "bigint", 1000, 1, 1, Long.MAX_VALUE, 1, false, null, false, "app", null, src),
                new Sequence("public", "users_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, new Sequence.ColumnRef("public", "users", "id"), true, "app", null, src)));
    }

    /** A copy of {@code schema} edited through its JSON tree: the model stays immutable and tests never share state. */
    public static Schema edit(Schema schema, Consumer<ObjectNode> edit) {
        ObjectNode tree = ModelJson.mapper().valueToTree(schema);
        edit.accept(tree);
        try {
            return ModelJson.mapper().treeToValue(tree, Schema.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The element of array {@code field} of {@code node} whose "name" is {@code name}. */
    public static ObjectNode named(JsonNode node, String field, String name) {
        for (JsonNode n : node.get(field)) {
            if (n.path("name").asText().equals(name)) {
                return (ObjectNode) n;
            }
        }
        throw new IllegalArgumentException("no " + field + " named " + name);
    }

    public static ObjectNode table(ObjectNode schema, String name) {
        return named(schema, "tables", name);
    }

    public static void removeNamed(JsonNode node, String field, String name) {
        var array = (com.fasterxml.jackson.databind.node.ArrayNode) node.get(field);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).path("name").asText().equals(name)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("no " + field + " named " + name);
    }
}
