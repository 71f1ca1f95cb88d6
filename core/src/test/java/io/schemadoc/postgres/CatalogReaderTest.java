package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Routine.Argument;
import io.schemadoc.model.Routine.Argument.Mode;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.SchemaIndex;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog reader on real PostgreSQL 15 and 18, against src/test/resources/postgres/everything.sql. */
class CatalogReaderTest {
    private static final Map<Integer, String> URLS = new ConcurrentHashMap<>();
    private static final Map<Integer, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static String everythingUrl(int version) {
        return URLS.computeIfAbsent(version, v -> TestDatabases.databaseWith(v, resource("everything.sql")));
    }

    static Schema everything(int version) {
        return SCHEMAS.computeIfAbsent(version, v -> read(everythingUrl(v), options(List.of(), List.of(), false)));
    }

    static Schema read(String url, ReadOptions options) {
        try (Connection c = TestDatabases.connect(url)) {
            return CatalogReader.read(c, options, Provenance.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadOptions options(List<String> schemas, List<String> exclude, boolean extensions) {
        return new ReadOptions(schemas, exclude, extensions, 18, null);
    }

    static String resource(String name) {
        try (InputStream in = CatalogReaderTest.class.getResourceAsStream("/postgres/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Table table(Schema s, String schema, String name) {
        Table t = new SchemaIndex(s).table(schema, name);
        assertThat(t).as(schema + "." + name).isNotNull();
        return t;
    }

    static Routine routine(Schema s, String schema, String name) {
        List<Routine> found = new SchemaIndex(s).routines(schema, name);
        assertThat(found).as(schema + "." + name).hasSize(1);
        return found.get(0);
    }

    static <T> T named(List<T> list, java.util.function.Function<T, String> name, String wanted) {
        return list.stream().filter(x -> name.apply(x).equals(wanted)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + wanted + " in " + list));
    }

    static List<Constraint> withoutNotNull(Table t) {
        return t.constraints().stream().filter(c -> c.type() != Constraint.Type.NOT_NULL).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void serverAndSchemas(int version) {
        Schema s = everything(version);
        assertThat(s.serverVersionNum() / 10000).isEqualTo(version);
        assertThat(s.serverVersion()).startsWith(version + ".");
        assertThat(s.database()).startsWith("schemadoc_");
        assertThat(s.searchPath()).containsExactly("\"$user\"", "public");
        assertThat(s.schemas()).containsExactly(
            new Namespace("Odd Schema", "postgres", null),
            new Namespace("app", "postgres", "Application objects"),
            new Namespace("audit", "postgres", null),
            new Namespace("public", "pg_database_owner", "standard public schema"));
        assertThat(s.extensions()).extracting(e -> e.name() + "@" + e.schema())
            .containsExactly("file_fdw@public", "pg_trgm@public", "pgcrypto@audit");
        assertThat(s.extensions()).allSatisfy(e -> assertThat(e.version()).matches("\\d+\\.\\d+"));
        assertThat(s.extensions().get(2).comment()).isEqualTo("cryptographic functions");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void relations(int version) {
        Schema s = everything(version);
        assertThat(s.tables()).extracting(t -> t.qualifiedName() + ":" + t.kind()).containsExactly(
            "Odd Schema.Base:TABLE", "Odd Schema.child:TABLE",
            "app.active_users:VIEW", "app.event_notes:TABLE", "app.events:PARTITIONED_TABLE",
            "app.events_2024:TABLE", "app.events_2025:TABLE", "app.imports:FOREIGN_TABLE", "app.select:TABLE", "app.tmp_scratch:TABLE",
            "app.user_stats:MATERIALIZED_VIEW", "app.users:TABLE", "audit.log:TABLE",
            "public.owners:TABLE", "public.pets:TABLE");
        Table users = table(s, "app", "users");
        assertThat(users.owner()).isEqualTo("postgres");
        assertThat(users.comment()).isEqualTo("People");
        assertThat(users.rlsEnabled()).isTrue();
        assertThat(users.rlsForced()).isTrue();
        assertThat(users.unlogged()).isFalse();
        assertThat(users.estimatedRows()).isEqualTo(-1);
        assertThat(users.viewDefinition()).isNull();
        assertThat(users.partitionKey()).isNull();
        assertThat(users.partitionOf()).isNull();
        assertThat(users.inherits()).isEmpty();
        assertThat(users.source()).isNull();
        assertThat(table(s, "app", "select").comment()).isEqualTo("Quoted names");
        assertThat(table(s, "app", "imports").comment()).isEqualTo("Raw lines");
        assertThat(table(s, "app", "imports").columns()).extracting(Column::name).containsExactly("line");
        assertThat(table(s, "Odd Schema", "Base").unlogged()).isTrue();
        assertThat(table(s, "Odd Schema", "child").inherits()).containsExactly(new QualifiedName("Odd Schema", "Base"));
        assertThat(table(s, "Odd Schema", "child").partitionOf()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void columns(int version) {
        Table users = table(everything(version), "app", "users");
        assertThat(users.columns()).containsExactly(
            new Column("id", 1, "bigint", "pg_catalog", "int8", null, false, Column.Identity.ALWAYS, null, null, null, null),
            new Column("email", 2, "app.email", "app", "email", null, true, null, null, null, null, null),
            new Column("status", 3, "app.status", "app", "status", "'new'::app.status", false, null, null, null, null, null),
            new Column("Full Name", 4, "text", "pg_catalog", "text", null, true, null, null, null, "C", "As typed"),
            new Column("name_upper", 5, "text", "pg_catalog", "text", null, true, null, Column.Generated.STORED,
                "upper(\"Full Name\")", null, null),
            new Column("created_at", 6, "timestamp with time zone", "pg_catalog", "timestamptz", "now()", false, null, null, null, null, null),
            new Column("tags", 7, "text[]", "pg_catalog", "_text", null, true, null, null, null, null, null),
            new Column("tenant", 8, "integer", "pg_catalog", "int4", "1", false, null, null, null, null, null));
        assertThat(table(everything(version), "app", "tmp_scratch").column("y")).isEqualTo(
            new Column("y", 2, "integer", "pg_catalog", "int4", null, false, Column.Identity.BY_DEFAULT, null, null, null, null));
        Table quoted = table(everything(version), "app", "select");
        assertThat(quoted.columns()).extracting(Column::name).containsExactly("café", "日本", "a/b", "x.y", "it\"s", "tenant", "user_id");
        assertThat(quoted.column("café").defaultValue()).isEqualTo("nextval('app.\"select_café_seq\"'::regclass)");
        Table view = table(everything(version), "app", "active_users");
        assertThat(view.columns()).extracting(Column::name, Column::type, Column::collation).containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "bigint", null),
            org.assertj.core.groups.Tuple.tuple("Full Name", "text", "C"),
            org.assertj.core.groups.Tuple.tuple("peers", "bigint", null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void constraints(int version) {
        Schema s = everything(version);
        assertThat(withoutNotNull(table(s, "app", "select"))).containsExactly(
            new Constraint("positive", Constraint.Type.CHECK, "CHECK ((\"日本\" > 0)) NOT VALID", List.of("日本"), null,
                false, false, false, false, null, null),
            new Constraint("select_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (\"café\")", List.of("café"), null,
                false, false, true, false, null, null),
            new Constraint("select_user fk", Constraint.Type.FOREIGN_KEY,
                "FOREIGN KEY (tenant, user_id) REFERENCES app.users(tenant, id) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (user_id)",
                List.of("tenant", "user_id"),
                new ForeignKey("app", "users", List.of("tenant", "id"), ForeignKey.Action.SET_NULL, ForeignKey.Action.CASCADE,
                    List.of("user_id"), ForeignKey.Match.FULL),
                false, false, true, false, null, null));
        assertThat(withoutNotNull(table(s, "app", "users"))).containsExactly(
            new Constraint("users_check", Constraint.Type.TRIGGER, "TRIGGER DEFERRABLE INITIALLY DEFERRED", List.of(), null,
                true, true, true, false, null, null),
            new Constraint("users_email_key", Constraint.Type.UNIQUE, "UNIQUE (email) DEFERRABLE INITIALLY DEFERRED", List.of("email"),
                null, true, true, true, false, "One account per address", null),
            new Constraint("users_pkey", Constraint.Type.PRIMARY_KEY, "PRIMARY KEY (id)", List.of("id"), null,
                false, false, true, false, null, null),
            new Constraint("users_tenant_id_key", Constraint.Type.UNIQUE, "UNIQUE (tenant, id)", List.of("tenant", "id"), null,
                false, false, true, false, null, null));
        // A CHECK over a system column names it too (conkey holds its negative attnum).
        assertThat(named(table(s, "app", "tmp_scratch").constraints(), Constraint::name, "real_rows").columns())
            .containsExactly("tableoid", "x");
        // The default search_path is kept, so a definition reads as tbls prints it (seed 000).
        assertThat(withoutNotNull(table(s, "public", "pets"))).extracting(Constraint::definition)
            .contains("FOREIGN KEY (owner_id) REFERENCES owners(id) ON DELETE CASCADE");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void notNullConstraintsOnlyWhereCatalogued(int version) {
        Table users = table(everything(version), "app", "users");
        List<Constraint> notNull = users.constraints().stream().filter(c -> c.type() == Constraint.Type.NOT_NULL).toList();
        if (version >= 18) {
            assertThat(notNull).containsExactly(
                new Constraint("users_created_at_not_null", Constraint.Type.NOT_NULL, "NOT NULL created_at", List.of("created_at"),
                    null, false, false, true, false, null, null),
                new Constraint("users_id_not_null", Constraint.Type.NOT_NULL, "NOT NULL id", List.of("id"),
                    null, false, false, true, false, null, null),
                new Constraint("users_status_not_null", Constraint.Type.NOT_NULL, "NOT NULL status", List.of("status"),
                    null, false, false, true, false, null, null),
                new Constraint("users_tenant_not_null", Constraint.Type.NOT_NULL, "NOT NULL tenant", List.of("tenant"),
                    null, false, false, true, false, null, null));
        } else {
            assertThat(notNull).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void indexes(int version) {
        Schema s = everything(version);
        Index search = named(table(s, "app", "select").indexes(), Index::name, "select_a/b_idx");
        assertThat(search).isEqualTo(new Index("select_a/b_idx",
            "CREATE INDEX \"select_a/b_idx\" ON app.\"select\" USING btree (\"a/b\" text_pattern_ops DESC NULLS LAST, lower(\"x.y\"), "
                + "\"it\"\"s\" COLLATE \"C\" NULLS FIRST) INCLUDE (\"日本\") WHERE (\"日本\" > 10)",
            "btree", false, false,
            List.of(new IndexColumn("a/b", null, true, false, "text_pattern_ops", null),
                new IndexColumn(null, "lower(\"x.y\")", false, false, null, null),
                new IndexColumn("it\"s", null, false, true, null, "C")),
            List.of("日本"), "(\"日本\" > 10)", true, null, false, "Search", null));
        List<Index> users = table(s, "app", "users").indexes();
        assertThat(named(users, Index::name, "users_name_trgm")).isEqualTo(new Index("users_name_trgm",
            "CREATE INDEX users_name_trgm ON app.users USING gin (\"Full Name\" gin_trgm_ops)", "gin", false, false,
            List.of(new IndexColumn("Full Name", null, false, false, "gin_trgm_ops", null)), List.of(), null, true, null, false, null, null));
        assertThat(named(users, Index::name, "users_status_created").keys()).containsExactly(
            new IndexColumn("status", null, false, false, null, null),
            new IndexColumn("created_at", null, true, true, null, null));
        assertThat(named(users, Index::name, "users_pkey")).extracting(Index::primary, Index::unique, Index::constraint)
            .containsExactly(true, true, "users_pkey");
        assertThat(named(users, Index::name, "users_email_key")).extracting(Index::primary, Index::unique, Index::constraint)
            .containsExactly(false, true, "users_email_key");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void triggers(int version) {
        Table users = table(everything(version), "app", "users");
        RoutineRef logChange = new RoutineRef("app", "log_change", "");
        assertThat(users.triggers()).containsExactly(
            new Trigger("Users Audit", Trigger.Timing.AFTER, List.of(Trigger.Event.DELETE, Trigger.Event.TRUNCATE), List.of(),
                Trigger.Level.STATEMENT, null, null, null, Trigger.Enabled.ALWAYS, false, false, false, logChange,
                List.of("a", "b'c", "d e"),
                "CREATE TRIGGER \"Users Audit\" AFTER DELETE OR TRUNCATE ON app.users FOR EACH STATEMENT EXECUTE FUNCTION "
                    + "app.log_change('a', 'b''c', 'd e')", false, null, null),
            new Trigger("users_changes", Trigger.Timing.AFTER, List.of(Trigger.Event.UPDATE), List.of(), Trigger.Level.STATEMENT,
                null, "old_rows", "new_rows", Trigger.Enabled.DISABLED, false, false, false, logChange, List.of(),
                "CREATE TRIGGER users_changes AFTER UPDATE ON app.users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION app.log_change()", false, null, null),
            new Trigger("users_check", Trigger.Timing.AFTER, List.of(Trigger.Event.INSERT), List.of(), Trigger.Level.ROW, null,
                null, null, Trigger.Enabled.ORIGIN, true, true, true, logChange, List.of(),
                "CREATE CONSTRAINT TRIGGER users_check AFTER INSERT ON app.users DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                    + "EXECUTE FUNCTION app.log_change()", false, null, null),
            new Trigger("users_replica", Trigger.Timing.AFTER, List.of(Trigger.Event.INSERT), List.of(), Trigger.Level.ROW, null,
                null, null, Trigger.Enabled.REPLICA, false, false, false, logChange, List.of(),
                "CREATE TRIGGER users_replica AFTER INSERT ON app.users FOR EACH ROW EXECUTE FUNCTION app.log_change()", false, null, null),
            new Trigger("users_touch", Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT, Trigger.Event.UPDATE),
                List.of("email", "Full Name"), Trigger.Level.ROW,
                "new.status <> 'gone'::app.status AND new.\"Full Name\" IS DISTINCT FROM 'x) WHEN (y'::text",
                null, null, Trigger.Enabled.ORIGIN, false, false, false, new RoutineRef("app", "touch", ""), List.of(),
                "CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF email, \"Full Name\" ON app.users FOR EACH ROW WHEN "
                    + "(((new.status <> 'gone'::app.status) AND (new.\"Full Name\" IS DISTINCT FROM 'x) WHEN (y'::text))) "
                    + "EXECUTE FUNCTION app.touch()", false, "Keep fresh", null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void policies(int version) {
        Table users = table(everything(version), "app", "users");
        assertThat(users.policies()).containsExactly(
            new Policy("admins", Policy.Command.ALL, true, List.of("catalog_reader_test"), "true", "(tenant > 0)", null, null),
            new Policy("everyone", Policy.Command.SELECT, true, List.of(), "true", null, "Public read", null),
            new Policy("own_rows", Policy.Command.UPDATE, false, List.of("catalog_reader_test", "postgres"), "(tenant = 1)",
                "(status <> 'gone'::app.status)", null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void routines(int version) {
        Schema s = everything(version);
        assertThat(s.routines()).extracting(Routine::signature).containsExactly(
            "app.add(integer, integer, integer[])", "app.log_change()", "app.purge(integer, integer)", "app.recent(integer)",
            "app.total(integer)", "app.touch()", "app.user_count(app.status)");
        assertThat(routine(s, "app", "add")).isEqualTo(new Routine("app", "add", Routine.Kind.FUNCTION, "integer, integer, integer[]",
            "a integer, b integer DEFAULT 1, OUT total integer, VARIADIC rest integer[] DEFAULT '{}'::integer[]",
            List.of(new Argument("a", Mode.IN, "integer", null), new Argument("b", Mode.IN, "integer", "1"),
                new Argument("total", Mode.OUT, "integer", null), new Argument("rest", Mode.VARIADIC, "integer[]", "'{}'::integer[]")),
            "integer", false, "sql", Routine.Volatility.IMMUTABLE, true, false, true, List.of(), " SELECT a + b ", false,
            "postgres", null, null, null));
        assertThat(routine(s, "app", "log_change")).extracting(Routine::securityDefiner, Routine::settings, Routine::returns, Routine::language)
            .containsExactly(true, List.of("search_path=app, pg_temp"), "trigger", "plpgsql");
        Routine count = routine(s, "app", "user_count");
        assertThat(count.atomicBody()).isTrue();
        assertThat(count.body()).isEqualTo("BEGIN ATOMIC\n SELECT count(*) AS count\n    FROM app.users\n   WHERE (users.status = user_count.s);\nEND");
        assertThat(count.volatility()).isEqualTo(Routine.Volatility.STABLE);
        Routine recent = routine(s, "app", "recent");
        assertThat(recent.returns()).isEqualTo("TABLE(id bigint, \"when\" timestamp with time zone)");
        assertThat(recent.returnsSet()).isTrue();
        assertThat(recent.arguments()).containsExactly(new Argument("n", Mode.IN, "integer", null),
            new Argument("id", Mode.TABLE, "bigint", null), new Argument("when", Mode.TABLE, "timestamp with time zone", null));
        Routine purge = routine(s, "app", "purge");
        assertThat(purge.kind()).isEqualTo(Routine.Kind.PROCEDURE);
        assertThat(purge.returns()).isNull();
        assertThat(purge.comment()).isEqualTo("Cleans up");
        assertThat(purge.argumentsText()).isEqualTo("IN days integer, INOUT removed integer DEFAULT 0");
        assertThat(purge.arguments()).containsExactly(new Argument("days", Mode.IN, "integer", null),
            new Argument("removed", Mode.INOUT, "integer", "0"));
        assertThat(routine(s, "app", "total").kind()).isEqualTo(Routine.Kind.AGGREGATE);
        assertThat(routine(s, "app", "touch")).extracting(Routine::comment, Routine::body)
            .containsExactly("Sets created_at", "\nBEGIN\n    NEW.created_at := now();\n    RETURN NEW;\nEND\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void types(int version) {
        Schema s = everything(version);
        assertThat(s.enums()).containsExactly(
            new EnumType("app", "status", List.of("new", "paused", "active", "gone"), "postgres", "Lifecycle", null));
        assertThat(s.domains()).containsExactly(new Domain("app", "email", "character varying(200)",
            "'nobody@example.com'::character varying", true, "C",
            List.of(new Domain.Check("email_has_at", "CHECK (((VALUE)::text ~~ '%@%'::text))", true),
                new Domain.Check("email_short", "CHECK ((length((VALUE)::text) < 150)) NOT VALID", false)),
            "postgres", "An address", null));
        assertThat(s.compositeTypes()).containsExactly(new CompositeType("app", "money_amount",
            List.of(new CompositeType.Attribute("amount", 1, "numeric(12,2)", null, "In units"),
                new CompositeType.Attribute("currency", 2, "character(3)", "C", null)),
            "postgres", null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void sequences(int version) {
        Schema s = everything(version);
        assertThat(s.sequences()).containsExactly(
            new Sequence("app", "invoice_no", "integer", 1000, 5, 10, 99999, 3, true, null, false, "postgres", "Invoice numbers", null),
            new Sequence("app", "select_café_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.ColumnRef("app", "select", "café"), false, "postgres", null, null),
            new Sequence("app", "tmp_scratch_y_seq", "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false,
                new Sequence.ColumnRef("app", "tmp_scratch", "y"), true, "postgres", null, null),
            new Sequence("app", "users_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                new Sequence.ColumnRef("app", "users", "id"), true, "postgres", null, null),
            new Sequence("audit", "log_id_seq", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false,
                new Sequence.ColumnRef("audit", "log", "id"), false, "postgres", null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void views(int version) {
        Schema s = everything(version);
        Table view = table(s, "app", "active_users");
        assertThat(view.comment()).isEqualTo("Only active");
        assertThat(view.viewDefinition()).isEqualTo(version >= 16
            ? " SELECT id,\n    \"Full Name\",\n    app.user_count(status) AS peers\n   FROM app.users u\n  WHERE status = 'active'::app.status;"
            : " SELECT u.id,\n    u.\"Full Name\",\n    app.user_count(u.status) AS peers\n   FROM app.users u\n  WHERE u.status = 'active'::app.status;");
        assertThat(view.dependsOn()).containsExactly(
            ObjectRef.relation(ObjectRef.Kind.TABLE, "app", "users"),
            new ObjectRef(ObjectRef.Kind.ROUTINE, "app", "user_count", "app.status"),
            new ObjectRef(ObjectRef.Kind.TYPE, "app", "status", null));
        Table stats = table(s, "app", "user_stats");
        assertThat(stats.viewDefinition()).isEqualTo(version >= 16
            ? " SELECT status,\n    count(*) AS n\n   FROM app.users\n  GROUP BY status;"
            : " SELECT users.status,\n    count(*) AS n\n   FROM app.users\n  GROUP BY users.status;");
        assertThat(stats.dependsOn()).containsExactly(ObjectRef.relation(ObjectRef.Kind.TABLE, "app", "users"));
        assertThat(table(s, "app", "users").dependsOn()).isEmpty();
        assertThat(view.triggers()).containsExactly(new Trigger("active_users_insert", Trigger.Timing.INSTEAD_OF,
            List.of(Trigger.Event.INSERT), List.of(), Trigger.Level.ROW, null, null, null, Trigger.Enabled.ORIGIN, false, false, false,
            new RoutineRef("app", "log_change", ""), List.of(),
            "CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON app.active_users FOR EACH ROW EXECUTE FUNCTION app.log_change()",
            false, null, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void partitions(int version) {
        Schema s = everything(version);
        SchemaIndex index = new SchemaIndex(s);
        Table events = table(s, "app", "events");
        assertThat(events.partitionKey()).isEqualTo("RANGE (at)");
        assertThat(index.partitionsOf(events.qualifiedName())).extracting(Table::name).containsExactly("events_2024", "events_2025");
        Table p2024 = table(s, "app", "events_2024");
        assertThat(p2024.partitionOf()).isEqualTo(new QualifiedName("app", "events"));
        assertThat(p2024.partitionBound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(p2024.inherits()).isEmpty();
        // The parent's row trigger, cloned onto each partition, is kept there as inherited.
        assertThat(events.triggers()).extracting(Trigger::name, Trigger::inherited)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("events_touch", false));
        assertThat(p2024.triggers()).extracting(Trigger::name, Trigger::inherited)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("events_touch", true));
        assertThat(p2024.triggers().get(0).definition()).contains("ON app.events_2024");
        // The parent's FK and PK, cloned onto the partition.
        assertThat(withoutNotNull(p2024)).extracting(Constraint::name, Constraint::inherited).containsExactly(
            org.assertj.core.groups.Tuple.tuple("events_2024_pkey", true),
            org.assertj.core.groups.Tuple.tuple("events_user_id_fkey", true));
        assertThat(named(p2024.indexes(), Index::name, "events_2024_pkey").inherited()).isTrue();
        // An FK that references a partitioned table: one own constraint, its per-partition clones inherited.
        Table notes = table(s, "app", "event_notes");
        List<Constraint> fks = notes.foreignKeys();
        assertThat(fks.stream().filter(c -> !c.inherited()).toList()).extracting(Constraint::name, c -> c.foreignKey().referencedTable())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("event_notes_event_id_event_at_fkey", "events"));
        assertThat(fks.stream().filter(Constraint::inherited).map(c -> c.foreignKey().referencedTable()).sorted().toList())
            .containsExactly("events_2024", "events_2025");
        assertThat(index.referencedBy(events.qualifiedName())).extracting(i -> i.child().name() + "." + i.constraint().name())
            .containsExactly("event_notes.event_notes_event_id_event_at_fkey");
        assertThat(index.referencedBy(new QualifiedName("app", "users"))).extracting(i -> i.child().name())
            .containsExactly("events", "select");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void extensionObjectsOnlyWhenAsked(int version) {
        Schema plain = everything(version);
        assertThat(plain.routines()).allSatisfy(r -> assertThat(r.extension()).isNull());
        assertThat(plain.routines()).noneMatch(r -> r.name().equals("similarity") || r.name().equals("digest"));
        Schema all = read(everythingUrl(version), options(List.of(), List.of(), true));
        Routine similarity = routine(all, "public", "similarity");
        assertThat(similarity.extension()).isEqualTo("pg_trgm");
        assertThat(similarity.argumentTypes()).isEqualTo("text, text");
        assertThat(new SchemaIndex(all).routines("audit", "digest")).extracting(Routine::extension).containsOnly("pgcrypto").hasSize(2);
        assertThat(routine(all, "app", "touch").extension()).isNull();
        assertThat(plain.routines()).noneMatch(r -> r.name().startsWith("file_fdw"));
        assertThat(routine(all, "public", "file_fdw_handler").extension()).isEqualTo("file_fdw");
        // Tables, types and sequences made members of an extension.
        assertThat(plain.tables()).extracting(Table::name).doesNotContain("ext_owned");
        assertThat(plain.enums()).extracting(EnumType::name).containsExactly("status");
        assertThat(plain.sequences()).extracting(Sequence::name).doesNotContain("ext_seq");
        assertThat(all.tables()).extracting(Table::name).contains("ext_owned");
        assertThat(all.enums()).extracting(EnumType::name).containsExactly("ext_kind", "status");
        assertThat(all.sequences()).extracting(Sequence::name).contains("ext_seq");
        assertThat(all.tables()).hasSize(plain.tables().size() + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void schemaAndExcludeGlobs(int version) {
        String url = everythingUrl(version);
        Schema app = read(url, options(List.of("ap?"), List.of(), false));
        assertThat(app.schemas()).extracting(Namespace::name).containsExactly("app");
        assertThat(app.tables()).allSatisfy(t -> assertThat(t.schema()).isEqualTo("app"));
        assertThat(app.sequences()).extracting(Sequence::schema).containsOnly("app");
        assertThat(app.extensions()).isEmpty();

        Schema odd = read(url, options(List.of("Odd *"), List.of(), false));
        assertThat(odd.tables()).extracting(Table::name).containsExactly("Base", "child");

        Schema trimmed = read(url, options(List.of(), List.of("audit", "app.user_*", "app.tmp_scratch", "public.*"), false));
        assertThat(trimmed.schemas()).extracting(Namespace::name).containsExactly("Odd Schema", "app", "public");
        assertThat(trimmed.tables()).extracting(t -> t.qualifiedName().toString()).containsExactly(
            "Odd Schema.Base", "Odd Schema.child", "app.active_users", "app.event_notes", "app.events", "app.events_2024",
            "app.events_2025", "app.imports", "app.select", "app.users");
        assertThat(trimmed.routines()).extracting(Routine::name).doesNotContain("user_count").contains("touch");
        assertThat(trimmed.sequences()).extracting(Sequence::qualifiedName).extracting(Object::toString)
            .containsExactly("app.invoice_no", "app.select_café_seq", "app.users_id_seq");
        assertThat(trimmed.extensions()).extracting(e -> e.name()).containsExactly("file_fdw", "pg_trgm");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void theModelSurvivesItsJsonForm(int version) {
        Schema s = everything(version);
        String json = io.schemadoc.model.ModelJson.write(s);
        assertThat(io.schemadoc.model.ModelJson.read(json)).isEqualTo(s);
        // Reading twice gives the same model, byte for byte.
        assertThat(io.schemadoc.model.ModelJson.write(read(everythingUrl(version), options(List.of(), List.of(), false)))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void provenanceNamesTheCatalogAndOid(int version) throws SQLException {
        String url = everythingUrl(version);
        Schema s;
        // The oid goes into the line so the test can check the reader passed the right row.
        try (Connection c = TestDatabases.connect(url)) {
            s = CatalogReader.read(c, options(List.of(), List.of(), false),
                (catalog, oid) -> new io.schemadoc.model.SourceLocation(catalog, (int) oid));
        }
        Map<String, Long> oids = new java.util.HashMap<>();
        try (Connection c = TestDatabases.connect(url); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT 'table', 'app.users'::regclass::oid
                UNION ALL SELECT 'index', 'app.users_pkey'::regclass::oid
                UNION ALL SELECT 'constraint', oid FROM pg_constraint WHERE conname = 'users_email_key'
                UNION ALL SELECT 'trigger', oid FROM pg_trigger WHERE tgname = 'users_touch'
                UNION ALL SELECT 'policy', oid FROM pg_policy WHERE polname = 'everyone'
                UNION ALL SELECT 'routine', 'app.touch'::regproc::oid
                UNION ALL SELECT 'enum', 'app.status'::regtype::oid
                UNION ALL SELECT 'domain', 'app.email'::regtype::oid
                UNION ALL SELECT 'composite', 'app.money_amount'::regtype::oid
                UNION ALL SELECT 'sequence', 'app.invoice_no'::regclass::oid""")) {
            while (rs.next()) {
                oids.put(rs.getString(1), rs.getLong(2));
            }
        }
        Table users = table(s, "app", "users");
        assertThat(users.source()).hasToString("pg_class:" + oids.get("table"));
        assertThat(named(users.indexes(), Index::name, "users_pkey").source()).hasToString("pg_class:" + oids.get("index"));
        assertThat(named(users.constraints(), Constraint::name, "users_email_key").source()).hasToString("pg_constraint:" + oids.get("constraint"));
        assertThat(named(users.triggers(), Trigger::name, "users_touch").source()).hasToString("pg_trigger:" + oids.get("trigger"));
        assertThat(named(users.policies(), Policy::name, "everyone").source()).hasToString("pg_policy:" + oids.get("policy"));
        assertThat(routine(s, "app", "touch").source()).hasToString("pg_proc:" + oids.get("routine"));
        assertThat(s.enums().get(0).source()).hasToString("pg_type:" + oids.get("enum"));
        assertThat(s.domains().get(0).source()).hasToString("pg_type:" + oids.get("domain"));
        assertThat(s.compositeTypes().get(0).source()).hasToString("pg_type:" + oids.get("composite"));
        assertThat(named(s.sequences(), q -> q.name(), "invoice_no").source()).hasToString("pg_class:" + oids.get("sequence"));
    }
}
