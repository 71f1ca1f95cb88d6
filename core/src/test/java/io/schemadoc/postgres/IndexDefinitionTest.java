package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Index;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader writes the definition of a plain index itself (indexes.sql leaves it null to spare pg_get_indexdef):
 * every index definition in the model must be exactly what pg_get_indexdef says, for plain indexes and for all the
 * kinds that are not plain, with names that need quoting, keywords of each quoting class, and types whose default
 * operator class is reached through a binary-compatible type.
 */
class IndexDefinitionTest {

    private static final String SQL = """
        CREATE SCHEMA "Odd Schema";
        CREATE SCHEMA "select";
        CREATE TYPE mood AS ENUM ('ok', 'sad');
        CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
        CREATE TABLE public.plain (
            id bigint PRIMARY KEY,
            name text NOT NULL,
            email varchar(255),
            code char(3),
            "User" integer,
            "select" integer,
            "order" integer,
            "between" integer,
            "int" integer,
            "left" integer,
            "abort" integer,
            "Mixed Case" text,
            "quo""te" text,
            "dollar$" integer,
            "_under" integer,
            "9lives" integer,
            "é" integer,
            m mood,
            p posint,
            tags integer[],
            at timestamptz,
            doc jsonb,
            body text COLLATE "C",
            amount numeric,
            tsv tsvector
        );
        CREATE INDEX plain_name ON public.plain (name);
        CREATE UNIQUE INDEX "Plain Email" ON public.plain (email);
        CREATE INDEX plain_code ON public.plain (code);
        CREATE INDEX plain_keywords ON public.plain ("User", "select", "order", "between", "int", "left", "abort");
        CREATE INDEX plain_odd_names ON public.plain ("Mixed Case", "quo""te", "dollar$", "_under", "9lives", "é");
        CREATE INDEX plain_enum ON public.plain (m);
        CREATE INDEX plain_domain ON public.plain (p);
        CREATE INDEX plain_array ON public.plain (tags);
        CREATE INDEX plain_include ON public.plain (at) INCLUDE (amount, "User");
        CREATE INDEX plain_desc ON public.plain (at DESC);
        CREATE INDEX plain_nulls ON public.plain (at NULLS FIRST);
        CREATE INDEX plain_desc_nulls_last ON public.plain (at DESC NULLS LAST);
        CREATE INDEX plain_asc_nulls_last ON public.plain (at ASC NULLS LAST, name DESC NULLS FIRST, amount NULLS FIRST);
        CREATE INDEX plain_expression ON public.plain (lower(email));
        CREATE INDEX plain_mixed_expression ON public.plain (name, (amount * 2));
        CREATE INDEX plain_partial ON public.plain (amount) WHERE amount > 0;
        CREATE INDEX plain_pattern ON public.plain (name text_pattern_ops);
        CREATE INDEX plain_collate ON public.plain (name COLLATE "C");
        CREATE INDEX plain_own_collation ON public.plain (body);
        CREATE INDEX plain_fillfactor ON public.plain (amount) WITH (fillfactor = 70);
        CREATE INDEX plain_hash ON public.plain USING hash (name);
        CREATE INDEX plain_gin ON public.plain USING gin (doc);
        CREATE INDEX plain_gin_path ON public.plain USING gin (doc jsonb_path_ops);
        CREATE INDEX plain_brin ON public.plain USING brin (at);
        CREATE INDEX plain_gist ON public.plain USING gist (tsv);
        CREATE INDEX plain_gist_siglen ON public.plain USING gist (tsv tsvector_ops (siglen = 100));
        CREATE INDEX plain_varchar_desc ON public.plain (email DESC, code);
        CREATE INDEX plain_brin_pages ON public.plain USING brin (at) WITH (pages_per_range = 16);
        CREATE TABLE "Odd Schema"."Odd Table" ("Key" integer PRIMARY KEY, "select" text UNIQUE);
        CREATE TABLE "select"."from" (id integer, "where" integer, CONSTRAINT from_pk PRIMARY KEY (id) INCLUDE ("where"));
        CREATE INDEX "index" ON "select"."from" ("where", id);
        CREATE TABLE public.events (id bigint, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
        CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE INDEX events_at ON public.events (at);
        CREATE TABLE public.booking (id integer, during tstzrange, EXCLUDE USING gist (during WITH &&));
        """;

    @ParameterizedTest
    @ValueSource(ints = {13, 15, 18})
    void everyDefinitionIsWhatPgGetIndexdefSays(int version) throws SQLException {
        String sql = SQL;
        if (version >= 15) {
            sql += "CREATE UNIQUE INDEX plain_nulls_not_distinct ON public.plain (code) NULLS NOT DISTINCT;\n";
        }
        String url = TestDatabases.databaseWith(version, sql);
        Schema schema = TestDatabases.read(url, CatalogReaderTest.options(List.of(), List.of(), false));
        Map<String, String> model = new TreeMap<>();
        for (Table t : schema.tables()) {
            for (Index i : t.indexes()) {
                model.put(t.schema() + "." + i.name(), i.definition());
            }
        }
        Map<String, String> server = new TreeMap<>();
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                 SELECT n.nspname || '.' || ic.relname, pg_get_indexdef(i.indexrelid)
                 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')""")) {
            while (rs.next()) {
                server.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(model).isEqualTo(server);
        assertThat(model).hasSize(version >= 15 ? 39 : 38);
        // Which ones the reader wrote itself: the plain ones, as indexes.sql tells them apart.
        assertThat(writtenByTheReader(url)).containsExactlyInAnyOrder(
            "public.plain_pkey", "public.plain_name", "public.plain_code", "public.plain_keywords", "public.plain_odd_names",
            "public.plain_include", "public.plain_desc", "public.plain_nulls", "public.plain_desc_nulls_last", "public.plain_asc_nulls_last",
            "public.plain_own_collation", "public.plain_hash", "public.plain_gin", "public.plain_brin", "public.plain_gist",
            "Odd Schema.Odd Table_pkey", "Odd Schema.Odd Table_select_key", "select.from_pk", "select.index",
            "public.events_2024_pkey", "public.events_2024_at_idx");
    }

    /** Indexes whose definition indexes.sql leaves to the reader. */
    private static List<String> writtenByTheReader(String url) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabases.connect(url)) {
            int versionNum;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
                rs.next();
                versionNum = Integer.parseInt(rs.getString(1));
            }
            SqlResource.Query q = SqlResource.load("indexes", versionNum);
            try (java.sql.PreparedStatement ps = c.prepareStatement(q.sql())) {
                ps.setArray(1, c.createArrayOf("text", new Object[0]));
                ps.setArray(2, c.createArrayOf("text", new Object[0]));
                ps.setBoolean(3, false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString("definition") == null) {
                            out.add(rs.getLong("relid") + ":" + rs.getString("name"));
                        }
                    }
                }
            }
            List<String> named = new ArrayList<>();
            for (String o : out) {
                String[] p = o.split(":", 2);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = " + Long.parseLong(p[0]))) {
                    rs.next();
                    named.add(rs.getString(1).replace("\"", "") + "." + p[1]);
                }
            }
            return named;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 18})
    void quoteAllIdentifiersIsHonoured(int version) throws SQLException {
        String url = TestDatabases.databaseWith(version, """
            CREATE TABLE public.t (id integer PRIMARY KEY, name text);
            CREATE INDEX t_name ON public.t (name);
            """);
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " SET quote_all_identifiers = on");
        }
        Schema schema = TestDatabases.read(url, CatalogReaderTest.options(List.of(), List.of(), false));
        List<String> definitions = new ArrayList<>();
        schema.tables().forEach(t -> t.indexes().forEach(i -> definitions.add(i.definition())));
        assertThat(definitions).containsExactlyInAnyOrder(
            "CREATE UNIQUE INDEX \"t_pkey\" ON \"public\".\"t\" USING \"btree\" (\"id\")",
            "CREATE INDEX \"t_name\" ON \"public\".\"t\" USING \"btree\" (\"name\")");
    }
}
