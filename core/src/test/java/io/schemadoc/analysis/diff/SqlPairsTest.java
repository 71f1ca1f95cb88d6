package io.schemadoc.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Schema;
import io.schemadoc.output.diff.DiffReport;
import io.schemadoc.output.diff.SqlDraftRenderer;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of change on real PostgreSQL 18: a base schema (A) and the same with one change (B), read through
 * the live-database path. For the cases the SQL draft covers, the draft applied on A gives a database equal to B.
 */
class SqlPairsTest {
    static final int PG = 18;

    static final String BASE = """
        CREATE EXTENSION pg_trgm;
        CREATE SCHEMA app;
        CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
        CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
        CREATE TYPE app.pair AS (l integer, r integer);
        CREATE SEQUENCE app.invoice_no START 1000;
        CREATE TABLE app.users (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          email text NOT NULL UNIQUE,
          name text DEFAULT '',
          mood app.mood,
          email_lower text GENERATED ALWAYS AS (lower(email)) STORED,
          updated_at timestamptz
        );
        COMMENT ON TABLE app.users IS 'People';
        CREATE INDEX users_name_idx ON app.users (name);
        CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
        CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch();
        ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
        CREATE POLICY users_self ON app.users FOR SELECT USING (id = 1);
        CREATE TABLE app.orders (
          id bigint NOT NULL,
          user_id bigint NOT NULL REFERENCES app.users (id),
          placed_at timestamptz NOT NULL DEFAULT now()
        ) PARTITION BY RANGE (placed_at);
        CREATE TABLE app.orders_2024 PARTITION OF app.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE VIEW app.active_users AS SELECT id, email FROM app.users;
        CREATE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
        """;

    /** {@code drafted}: the SQL draft takes A to B by itself (no TODO needed). */
    record Pair(String name, UnaryOperator<String> b, boolean drafted, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Pair add(String name, String sql, boolean drafted, String... expected) {
        return new Pair(name, base -> base + sql + "\n", drafted, List.of(expected));
    }

    static Pair edit(String name, String from, String to, boolean drafted, String... expected) {
        return new Pair(name, base -> {
            if (!base.contains(from)) {
                throw new IllegalArgumentException(name + ": base has no " + from);
            }
            return base.replace(from, to);
        }, drafted, List.of(expected));
    }

    static Stream<Pair> pairs() {
        return Stream.of(
            add("schema added", "CREATE SCHEMA extra;", true, "+ schema extra"),
            add("schema comment", "COMMENT ON SCHEMA app IS 'Application';", true, "~ schema app comment: null -> Application"),
            add("extension added", "CREATE EXTENSION hstore SCHEMA app;", true, "+ extension hstore"),
            add("extension removed", "DROP EXTENSION pg_trgm;", true, "- extension pg_trgm"),
            add("table added", "CREATE TABLE app.tags (id integer PRIMARY KEY, label text NOT NULL UNIQUE);\nCOMMENT ON COLUMN app.tags.label IS 'Shown';",
                true, "+ table app.tags"),
            add("view removed", "DROP VIEW app.active_users;", true, "- view app.active_users"),
            add("materialized view added", "CREATE MATERIALIZED VIEW app.user_count AS SELECT count(*) AS n FROM app.users;\nCREATE UNIQUE INDEX user_count_n ON app.user_count (n);",
                true, "+ materialized view app.user_count"),
            add("table comment", "COMMENT ON TABLE app.users IS 'Customers';", true, "~ table app.users comment: People -> Customers"),
            add("RLS forced", "ALTER TABLE app.users FORCE ROW LEVEL SECURITY;", true, "~ table app.users rlsForced: false -> true"),
            add("RLS disabled", "ALTER TABLE app.users DISABLE ROW LEVEL SECURITY;", true, "~ table app.users rlsEnabled: true -> false"),
            add("partition added", "CREATE TABLE app.orders_2025 PARTITION OF app.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
                true, "+ table app.orders_2025"),
            edit("partition key", "PARTITION BY RANGE (placed_at);\nCREATE TABLE app.orders_2024 PARTITION OF app.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
                "PARTITION BY RANGE (id);", false, "~ table app.orders partitionKey: RANGE (placed_at) -> RANGE (id)", "- table app.orders_2024"),
            add("column added", "ALTER TABLE app.users ADD COLUMN age integer CHECK (age >= 0);", true,
                "+ column app.users.age", "+ constraint app.users.users_age_check"),
            add("column dropped", "ALTER TABLE app.users DROP COLUMN name;", true, "- column app.users.name", "- index app.users.users_name_idx"),
            add("column type", "ALTER TABLE app.users ALTER COLUMN name TYPE varchar(100);", false,
                "~ column app.users.name type: text -> character varying(100)"),
            add("column default", "ALTER TABLE app.users ALTER COLUMN name SET DEFAULT 'x';", true, "~ column app.users.name default: ''::text -> 'x'::text"),
            add("column not null", "ALTER TABLE app.users ALTER COLUMN name SET NOT NULL;", true, "~ column app.users.name nullable: true -> false"),
            add("column identity", "ALTER TABLE app.users ALTER COLUMN id SET GENERATED BY DEFAULT;", true, "~ column app.users.id identity: always -> by default"),
            add("column generated", "ALTER TABLE app.users ALTER COLUMN email_lower SET EXPRESSION AS (upper(email));", false,
                "~ column app.users.email_lower generated: ALWAYS AS (lower(email)) STORED -> ALWAYS AS (upper(email)) STORED"),
            add("column collation", "ALTER TABLE app.users ALTER COLUMN updated_at TYPE timestamptz, ALTER COLUMN name TYPE text COLLATE \"C\";", false,
                "~ column app.users.name collation: null -> C"),
            add("column comment", "COMMENT ON COLUMN app.users.email IS 'Login';", true, "~ column app.users.email comment: null -> Login"),
            edit("column position", "  email text NOT NULL UNIQUE,\n  name text DEFAULT '',", "  name text DEFAULT '',\n  email text NOT NULL UNIQUE,", false,
                "~ column app.users.email position: 2 -> 3", "~ column app.users.name position: 3 -> 2"),
            add("constraint added", "ALTER TABLE app.users ADD CONSTRAINT name_len CHECK (length(name) < 100) NOT VALID;", true, "+ constraint app.users.name_len"),
            add("constraint removed", "ALTER TABLE app.users DROP CONSTRAINT users_email_key;", true, "- constraint app.users.users_email_key"),
            add("foreign key changed", "ALTER TABLE app.orders DROP CONSTRAINT orders_user_id_fkey, ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users (id) ON DELETE CASCADE;",
                true, "~ constraint app.orders.orders_user_id_fkey definition: FOREIGN KEY (user_id) REFERENCES app.users(id) -> FOREIGN KEY (user_id) REFERENCES app.users(id) ON DELETE CASCADE"),
            add("index added", "CREATE INDEX users_lower_email ON app.users (lower(email)) WHERE name IS NOT NULL;", true, "+ index app.users.users_lower_email"),
            add("index removed", "DROP INDEX app.users_name_idx;", true, "- index app.users.users_name_idx"),
            add("index changed", "DROP INDEX app.users_name_idx; CREATE INDEX users_name_idx ON app.users (name, email);", true,
                "~ index app.users.users_name_idx definition: CREATE INDEX users_name_idx ON app.users USING btree (name) -> CREATE INDEX users_name_idx ON app.users USING btree (name, email)"),
            add("index renamed", "ALTER INDEX app.users_name_idx RENAME TO users_by_name;", true,
                "+ index app.users.users_by_name (possible rename of users_name_idx)", "- index app.users.users_name_idx (possible rename to users_by_name)"),
            add("trigger added", "CREATE TRIGGER users_touch_ins BEFORE INSERT ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch();", true, "+ trigger app.users.users_touch_ins"),
            add("trigger changed", "DROP TRIGGER users_touch ON app.users; CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch();", true,
                "~ trigger app.users.users_touch definition: CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch() -> CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch()"),
            add("trigger disabled", "ALTER TABLE app.users DISABLE TRIGGER users_touch;", true, "~ trigger app.users.users_touch enabled: origin -> disabled"),
            add("routine body", "CREATE OR REPLACE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT b + a';", true,
                "~ routine app.add(integer, integer) body: SELECT a + b -> SELECT b + a"),
            add("routine language", "CREATE OR REPLACE FUNCTION app.add(a integer, b integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS 'BEGIN RETURN a + b; END';", true,
                "~ routine app.add(integer, integer) body: SELECT a + b -> BEGIN RETURN a + b; END", "~ routine app.add(integer, integer) language: sql -> plpgsql"),
            add("routine volatility", "ALTER FUNCTION app.add(integer, integer) STABLE;", true, "~ routine app.add(integer, integer) volatility: immutable -> stable"),
            add("routine security", "ALTER FUNCTION app.add(integer, integer) SECURITY DEFINER;", true, "~ routine app.add(integer, integer) security: invoker -> definer"),
            add("routine settings", "ALTER FUNCTION app.add(integer, integer) SET search_path = pg_catalog, public;", true,
                "~ routine app.add(integer, integer) settings:  -> search_path=pg_catalog, public"),
            add("routine overload", "CREATE FUNCTION app.add(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';", true, "+ routine app.add(bigint, bigint)"),
            add("routine returns", "DROP FUNCTION app.add(integer, integer); CREATE FUNCTION app.add(a integer, b integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT a + b';", false,
                "~ routine app.add(integer, integer) returns: integer -> bigint"),
            add("routine kind", "DROP FUNCTION app.add(integer, integer); CREATE PROCEDURE app.add(a integer, b integer) LANGUAGE sql AS 'SELECT a + b';", false,
                "~ routine app.add(integer, integer) arguments: a integer, b integer -> IN a integer, IN b integer",
                "~ routine app.add(integer, integer) kind: function -> procedure", "~ routine app.add(integer, integer) returns: integer -> null",
                "~ routine app.add(integer, integer) volatility: immutable -> volatile"),
            add("routine renamed", "ALTER FUNCTION app.add(integer, integer) RENAME TO plus;", true,
                "- routine app.add(integer, integer) (possible rename to app.plus(integer, integer))", "+ routine app.plus(integer, integer) (possible rename of app.add(integer, integer))"),
            add("view definition", "CREATE OR REPLACE VIEW app.active_users AS SELECT id, email FROM app.users WHERE id > 0;", true,
                "~ view app.active_users definition:  SELECT id,\n    email\n   FROM app.users; ->  SELECT id,\n    email\n   FROM app.users\n  WHERE id > 0;"),
            add("policy changed", "DROP POLICY users_self ON app.users; CREATE POLICY users_self ON app.users FOR SELECT USING (id = 2);", true,
                "~ policy app.users.users_self using: (id = 1) -> (id = 2)"),
            add("policy added", "CREATE POLICY users_insert ON app.users AS RESTRICTIVE FOR INSERT TO public WITH CHECK (email <> '');", true, "+ policy app.users.users_insert"),
            add("enum label added", "ALTER TYPE app.mood ADD VALUE 'ecstatic';", true, "~ enum app.mood label: null -> ecstatic"),
            add("enum label inserted", "ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'ok';", true, "~ enum app.mood label: null -> meh"),
            edit("enum order", "('sad', 'ok', 'happy')", "('ok', 'sad', 'happy')", false, "~ enum app.mood labelOrder: sad, ok, happy -> ok, sad, happy"),
            edit("enum label removed", "('sad', 'ok', 'happy')", "('sad', 'happy')", false, "~ enum app.mood label: ok -> null"),
            add("domain default", "ALTER DOMAIN app.positive SET DEFAULT 1;", true, "~ domain app.positive default: null -> 1"),
            add("domain check", "ALTER DOMAIN app.positive ADD CONSTRAINT small CHECK (VALUE < 1000);", true, "~ domain app.positive check small: null -> CHECK ((VALUE < 1000))"),
            add("composite attribute", "ALTER TYPE app.pair ADD ATTRIBUTE label text;", true, "~ composite type app.pair attribute label: null -> text"),
            add("sequence changed", "ALTER SEQUENCE app.invoice_no INCREMENT BY 10 CACHE 5;", true,
                "~ sequence app.invoice_no increment: 1 -> 10", "~ sequence app.invoice_no cache: 1 -> 5"),
            add("sequence added", "CREATE SEQUENCE app.ticket_no AS integer START 7 CYCLE;", true, "+ sequence app.ticket_no"),
            add("table renamed", "ALTER TABLE app.orders_2024 RENAME TO orders_y2024;", true,
                "- table app.orders_2024 (possible rename to app.orders_y2024)", "+ table app.orders_y2024 (possible rename of app.orders_2024)"),
            add("tables with serial and foreign keys added", """
                CREATE TABLE app.notes (id serial PRIMARY KEY, user_id bigint REFERENCES app.users (id) ON DELETE CASCADE, body text NOT NULL DEFAULT '');
                CREATE TABLE app.note_tags (note_id integer NOT NULL REFERENCES app.notes (id), tag text NOT NULL, PRIMARY KEY (note_id, tag));
                """, true, "+ table app.notes", "+ table app.note_tags", "+ sequence app.notes_id_seq"),
            add("views on views added", "CREATE VIEW app.v1 AS SELECT id FROM app.users;\nCREATE VIEW app.v0 AS SELECT id FROM app.v1;", true,
                "+ view app.v0", "+ view app.v1"),
            add("function and trigger added", """
                CREATE FUNCTION app.no_shouting() RETURNS trigger LANGUAGE plpgsql SET search_path = app, pg_temp AS $f$
                BEGIN
                  IF NEW.name = upper(NEW.name) THEN RAISE EXCEPTION 'no ''shouting'' $$ please'; END IF;
                  RETURN NEW;
                END
                $f$;
                CREATE TRIGGER users_no_shouting BEFORE INSERT OR UPDATE OF name ON app.users FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION app.no_shouting();
                ALTER TABLE app.users ENABLE ALWAYS TRIGGER users_no_shouting;
                """, true, "+ routine app.no_shouting()", "+ trigger app.users.users_no_shouting"),
            add("types and a table using them added", """
                CREATE TYPE app.level AS ENUM ('low', 'high');
                CREATE DOMAIN app.percent AS numeric(5,2) DEFAULT 0 NOT NULL CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
                CREATE TYPE app.span AS (starts date, ends date);
                CREATE TABLE app.alerts (lvl app.level NOT NULL DEFAULT 'low', share app.percent, during app.span);
                """, true, "+ enum app.level", "+ domain app.percent", "+ composite type app.span", "+ table app.alerts"),
            add("names that need quoting added", """
                CREATE SCHEMA "Reports";
                CREATE TABLE "Reports"."Daily Totals" ("Day" date PRIMARY KEY, "select" numeric, "it""s" text);
                COMMENT ON TABLE "Reports"."Daily Totals" IS E'It''s a \\ daily\ntotal';
                CREATE INDEX "Totals by select" ON "Reports"."Daily Totals" ("select");
                """, true, "+ schema Reports", "+ table Reports.Daily Totals"),
            add("atomic function and procedure added", """
                CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT BEGIN ATOMIC SELECT x * 2; END;
                CREATE PROCEDURE app.forget(who bigint) LANGUAGE sql AS $$ DELETE FROM app.users WHERE id = who $$;
                """, true, "+ routine app.forget(bigint)", "+ routine app.twice(integer)"),
            add("partitioned table added", """
                CREATE TABLE app.events (at timestamptz NOT NULL, kind text) PARTITION BY LIST (kind);
                CREATE TABLE app.events_login PARTITION OF app.events FOR VALUES IN ('login');
                CREATE INDEX events_at ON app.events (at);
                """, true, "+ table app.events", "+ table app.events_login"),
            add("inheriting table added", "CREATE TABLE app.staff (badge text) INHERITS (app.users);", true, "+ table app.staff"),
            add("column renamed", "ALTER TABLE app.users RENAME COLUMN name TO full_name;", false,
                "+ column app.users.full_name (possible rename of name)", "- column app.users.name (possible rename to full_name)",
                "~ index app.users.users_name_idx definition: CREATE INDEX users_name_idx ON app.users USING btree (name) -> CREATE INDEX users_name_idx ON app.users USING btree (full_name)"));
    }

    private static Schema baseSchema;

    static synchronized Schema a() {
        if (baseSchema == null) {
            baseSchema = TestDatabases.schemaOf(PG, BASE);
        }
        return baseSchema;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void detected(Pair pair) {
        Schema b = TestDatabases.schemaOf(PG, pair.b().apply(BASE));
        List<String> lines = SchemaDiffTest.lines(SchemaDiff.compare(a(), b, DiffOptions.defaults()));
        assertThat(lines).containsExactlyInAnyOrderElementsOf(pair.expected());
        List<String> back = SchemaDiffTest.lines(SchemaDiff.compare(b, a(), DiffOptions.defaults()));
        assertThat(back).hasSameSizeAs(lines);
    }

    /**
     * Whenever the draft lists nothing it cannot do (rename hints aside, which are advice), applying it must give
     * exactly the other schema: from A to B and from B to A. {@code drafted} cases must be such cases.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void draftTakesAToBAndBToA(Pair pair) {
        String sqlB = pair.b().apply(BASE);
        Schema b = TestDatabases.schemaOf(PG, sqlB);
        boolean forward = applyDraft(BASE, a(), b);
        boolean backward = applyDraft(sqlB, b, a());
        if (pair.drafted()) {
            assertThat(forward).as("the draft from A to B needs no TODO").isTrue();
        }
        Assumptions.assumeTrue(forward || backward, "the draft lists this case as a TODO both ways");
    }

    /** Applies the draft from {@code from} (built by {@code fromSql}) to {@code to}; false when it has blocking TODOs. */
    private static boolean applyDraft(String fromSql, Schema from, Schema to) {
        String draft = SqlDraftRenderer.render(new DiffReport("a", "b", SchemaDiff.compare(from, to, DiffOptions.defaults())), from, to);
        assertThat(draft).startsWith("-- DRAFT");
        boolean blocked = draft.lines().anyMatch(l -> l.startsWith("-- TODO") && !l.contains("possible rename"));
        if (blocked) {
            return false;
        }
        String url = TestDatabases.databaseWith(PG, fromSql);
        TestDatabases.execute(url, draft);
        Schema migrated = TestDatabases.read(url, ReadOptions.defaults().withPgVersion(PG));
        assertThat(SchemaDiffTest.lines(SchemaDiff.compare(migrated, to, DiffOptions.defaults()))).as(draft).isEmpty();
        return true;
    }
}
