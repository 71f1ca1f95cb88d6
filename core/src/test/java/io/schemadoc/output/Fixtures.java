package io.schemadoc.output;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
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
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built schemas for the output tests: one shaped like seed 000's database, one hostile. */
public final class Fixtures {
    private Fixtures() {}

    public static Column col(String name, int pos, String type, String def, boolean nullable, String comment) {
        return new Column(name, pos, type, "pg_catalog", type, def, nullable, null, null, null, null, comment);
    }

    public static Constraint pk(String table, String... cols) {
        return new Constraint(table + "_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (" + String.join(", ", cols) + ")",
            List.of(cols), null, false, false, true, false, null, null);
    }

    public static Constraint fk(String name, String column, String parent, String onDelete) {
        ForeignKey.Action action = onDelete == null ? ForeignKey.Action.NO_ACTION : ForeignKey.Action.valueOf(onDelete.replace(' ', '_'));
        String def = "FOREIGN KEY (" + column + ") REFERENCES " + parent + "(id)" + (onDelete == null ? "" : " ON DELETE " + onDelete);
        return new Constraint(name, Constraint.Type.FOREIGN_KEY, def, List.of(column),
            new ForeignKey("public", parent, List.of("id"), action, ForeignKey.Action.NO_ACTION, List.of(), ForeignKey.Match.SIMPLE),
            false, false, true, false, null, null);
    }

    public static Constraint check(String name, String def) {
        return new Constraint(name, Constraint.Type.CHECK, def, List.of(), null, false, false, true, false, null, null);
    }

    public static Index index(String name, String table, String def, String... cols) {
        List<IndexColumn> keys = Arrays.stream(cols).map(c -> new IndexColumn(c, null, false, false, null, null)).toList();
        return new Index(name, def, "btree", name.endsWith("_pkey"), name.endsWith("_pkey"), keys, List.of(), null, true,
            name.endsWith("_pkey") ? name : null, false, null, null);
    }

    public static Table table(String schema, String name, String comment, List<Column> cols, List<Constraint> cons, List<Index> idx) {
        return new Table(schema, name, TableKind.TABLE, "owner", comment, cols, cons, idx, List.of(), List.of(), false, false, false, -1,
            null, List.of(), null, null, null, List.of(), null);
    }

    static Table withTriggers(Table t, List<Trigger> triggers, List<Policy> policies, boolean rls) {
        return new Table(t.schema(), t.name(), t.kind(), t.owner(), t.comment(), t.columns(), t.constraints(), t.indexes(), triggers, policies,
            rls, false, false, -1, null, List.of(), null, null, null, List.of(), null);
    }

    public static Trigger trigger(String name, String table, RoutineRef fn) {
        return new Trigger(name, Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE), List.of(), Trigger.Level.ROW, null, null, null,
            Trigger.Enabled.ORIGIN, false, false, false, fn, List.of(),
            "CREATE TRIGGER " + name + " BEFORE UPDATE ON public." + table + " FOR EACH ROW EXECUTE FUNCTION " + fn.name() + "()", false, null, null);
    }

    public static Routine routine(String schema, String name, String args, String returns, String language, String body, String comment) {
        return new Routine(schema, name, Routine.Kind.FUNCTION, args, args, List.of(), returns, false, language, Routine.Volatility.VOLATILE,
            false, false, false, List.of(), body, false, "owner", comment, null, null);
    }

    /** The tables of seed 000 (spec-analyzer): usage_events and its three parents, plus a view, a trigger, partitions. */
    public static Schema seedLike() {
        List<Table> tables = new ArrayList<>();
        tables.add(table("public", "users", "People who sign in.", List.of(
            new Column("id", 1, "uuid", "pg_catalog", "uuid", "gen_random_uuid()", false, null, null, null, null, null),
            col("email", 2, "character varying(255)", null, false, "Unique; lower-cased."),
            col("username", 3, "character varying(255)", null, false, null),
            col("avatar_url", 4, "text", null, true, null),
            col("last_login_at", 5, "timestamp with time zone", null, true, null),
            col("created_at", 6, "timestamp with time zone", "now()", false, null),
            col("updated_at", 7, "timestamp with time zone", "now()", false, null),
            col("token_version", 8, "integer", "0", false, null)),
            List.of(pk("users", "id")), List.of(index("users_pkey", "users", "CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id)", "id"))));
        RoutineRef setTimestamp = new RoutineRef("public", "trigger_set_timestamp", "");
        Policy own = new Policy("users_own_row", Policy.Command.SELECT, true, List.of("app_user"), "(id = current_setting('app.user_id')::uuid)", null, null, null);
        tables.set(0, withTriggers(tables.get(0), List.of(trigger("set_timestamp", "users", setTimestamp)), List.of(own), true));
        tables.add(table("public", "analyses", null, List.of(
            col("id", 1, "uuid", "gen_random_uuid()", false, null),
            col("codebase_id", 2, "uuid", null, false, null),
            col("commit_sha", 3, "character varying(40)", null, false, null),
            col("status", 4, "analysis_status", null, false, null)),
            List.of(pk("analyses", "id")), List.of()));
        tables.add(table("public", "spec_documents", null, List.of(
            col("id", 1, "uuid", "gen_random_uuid()", false, null),
            col("analysis_id", 2, "uuid", null, false, null),
            col("content_hash", 3, "bytea", null, false, null),
            col("user_id", 4, "uuid", null, true, null)),
            List.of(pk("spec_documents", "id"), fk("spec_documents_analysis_id_fkey", "analysis_id", "analyses", "CASCADE"),
                fk("spec_documents_user_id_fkey", "user_id", "users", null)), List.of()));
        tables.add(table("public", "usage_events", null, List.of(
            col("id", 1, "uuid", "gen_random_uuid()", false, null),
            col("user_id", 2, "uuid", null, false, null),
            col("event_type", 3, "usage_event_type", null, false, null),
            col("analysis_id", 4, "uuid", null, true, null),
            col("document_id", 5, "uuid", null, true, null),
            col("quota_amount", 6, "integer", null, false, null),
            col("created_at", 7, "timestamp with time zone", "now()", false, null)),
            List.of(check("chk_usage_events_resource", "CHECK (((((analysis_id IS NOT NULL))::integer + ((document_id IS NOT NULL))::integer) = 1))"),
                fk("fk_usage_events_analysis", "analysis_id", "analyses", "SET NULL"),
                fk("fk_usage_events_user", "user_id", "users", "CASCADE"),
                fk("fk_usage_events_document", "document_id", "spec_documents", "SET NULL"),
                pk("usage_events", "id")),
            List.of(index("usage_events_pkey", "usage_events", "CREATE UNIQUE INDEX usage_events_pkey ON public.usage_events USING btree (id)", "id"),
                index("idx_usage_events_analysis", "usage_events",
                    "CREATE INDEX idx_usage_events_analysis ON public.usage_events USING btree (analysis_id) WHERE (analysis_id IS NOT NULL)", "analysis_id"))));
        tables.add(table("public", "audit_log", "Written by triggers; no FK on purpose.", List.of(
            new Column("id", 1, "bigint", "pg_catalog", "int8", null, false, Column.Identity.ALWAYS, null, null, null, null),
            col("user_id", 2, "uuid", null, true, null),
            new Column("day", 3, "date", "pg_catalog", "date", null, true, null, Column.Generated.STORED, "(created_at)::date", null, null),
            col("created_at", 4, "timestamp with time zone", "now()", false, null)),
            List.of(pk("audit_log", "id")), List.of()));
        tables.add(new Table("public", "active_users", TableKind.VIEW, "owner", "Users seen in the last 30 days.",
            List.of(col("id", 1, "uuid", null, true, null), col("email", 2, "character varying(255)", null, true, null)),
            List.of(), List.of(), List.of(), List.of(), false, false, false, -1,
            " SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.last_login_at > (now() - '30 days'::interval);",
            List.of(ObjectRef.relation(ObjectRef.Kind.TABLE, "public", "users")), null, null, null, List.of(), null));
        tables.add(new Table("public", "events", TableKind.PARTITIONED_TABLE, "owner", null,
            List.of(col("id", 1, "bigint", null, false, null), col("at", 2, "timestamp with time zone", null, false, null)),
            List.of(), List.of(), List.of(), List.of(), false, false, false, -1, null, List.of(), "RANGE (at)", null, null, List.of(), null));
        tables.add(new Table("public", "events_2024", TableKind.TABLE, "owner", null,
            List.of(col("id", 1, "bigint", null, false, null), col("at", 2, "timestamp with time zone", null, false, null)),
            List.of(), List.of(), List.of(), List.of(), false, false, false, -1, null, List.of(), null, new QualifiedName("public", "events"),
            "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')", List.of(), null));
        List<Routine> routines = List.of(
            new Routine("public", "trigger_set_timestamp", Routine.Kind.FUNCTION, "", "", List.of(), "trigger", false, "plpgsql",
                Routine.Volatility.VOLATILE, false, true, false, List.of("search_path=public"),
                "\nBEGIN\n  NEW.updated_at = now();\n  RETURN NEW;\nEND;\n", false, "owner", "Keeps updated_at current.", null, null));
        return new Schema("spec_analyzer", "18.0", 180000, List.of("public"),
            List.of(new Namespace("public", "pg_database_owner", "standard public schema")),
            List.of(new Extension("pgcrypto", "1.3", "public", "cryptographic functions")),
            tables, routines,
            List.of(new EnumType("public", "usage_event_type", List.of("analysis", "document"), "owner", null, null),
                new EnumType("public", "analysis_status", List.of("pending", "running", "done"), "owner", "Lifecycle of an analysis.", null)),
            List.of(new Domain("public", "email", "text", null, true, null,
                List.of(new Domain.Check("email_check", "CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text))", true)), "owner", null, null)),
            List.of(new CompositeType("public", "money_amount", List.of(new CompositeType.Attribute("amount", 1, "numeric", null, null),
                new CompositeType.Attribute("currency", 2, "character(3)", null, null)), "owner", null, null)),
            List.of(new Sequence("public", "audit_log_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                new Sequence.ColumnRef("public", "audit_log", "id"), true, "owner", null, null),
                new Sequence("public", "invoice_numbers", "bigint", 1000, 1, 1, Long.MAX_VALUE, 1, false, null, false, "owner", "Invoice numbers.", null)));
    }

    /** Every kind of name and text that could break a path, a link, a table or a diagram. */
    public static Schema hostile() {
        String evil = "pipe | newline\nsecond line `tick` ``` <script>alert(1)</script> \"quoted\" #quot; *bold* _under_ [link](x) $x$ & &amp; \\ end";
        List<Table> tables = new ArrayList<>();
        tables.add(table("public", "../x", evil, List.of(
            col("a|b", 1, "text", "'a|b\n`c`'::text", true, evil),
            col("id", 2, "integer", null, false, "#1 item")),
            List.of(new Constraint("../x_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), null, false, false, true, false, null, null),
                check("weird \"check\"", "CHECK ((\"a|b\" <> '<script>'::text))")),
            List.of()));
        tables.add(table("public", "t #", "- starts like a list\n# and a heading", List.of(col("id", 1, "integer", null, false, null)), List.of(), List.of()));
        tables.add(table("public", "Users", "upper", List.of(col("id", 1, "integer", null, false, null)),
            List.of(new Constraint("Users_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), null, false, false, true, false, null, null)), List.of()));
        tables.add(table("public", "users", "lower", List.of(col("id", 1, "integer", null, false, null)),
            List.of(new Constraint("users_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), null, false, false, true, false, null, null)), List.of()));
        tables.add(table("weird schema", "日本 \"表\"", "non-ASCII", List.of(
            col("ユーザー id", 1, "integer", null, true, null),
            col("x_id", 2, "character varying(10)[]", null, true, null)),
            List.of(new Constraint("fk \"q\" | <b>", Constraint.Type.FOREIGN_KEY, "FOREIGN KEY (\"ユーザー id\") REFERENCES \"../x\"(id) -- \"#35;\" `x`",
                List.of("ユーザー id"), new ForeignKey("public", "../x", List.of("id"), ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION,
                    List.of(), ForeignKey.Match.SIMPLE), false, false, true, false, evil, null)),
            List.of()));
        List<Routine> routines = List.of(
            routine("public", "../f", "text", "text", "sql", "SELECT $1 || '```' || '````'", evil),
            routine("public", "f", "", "integer", "sql", "SELECT 1", null),
            routine("public", "f", "integer", "integer", "sql", "SELECT $1", "overload"));
        return new Schema("evil \"db\" | <x>", "18.0", 180000, List.of("public"),
            List.of(new Namespace("public", "o", null), new Namespace("weird schema", "o", evil)),
            List.of(), tables, routines,
            List.of(new EnumType("public", "mood", List.of("a|b", "c\nd", "<e>"), "o", evil, null)), List.of(), List.of(), List.of());
    }
}
