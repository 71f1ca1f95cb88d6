-- Every object kind the catalog reader maps, with identifiers that need quoting. Loaded on PostgreSQL 15 and 18.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application objects';
CREATE SCHEMA "Odd Schema";
CREATE SCHEMA audit;

CREATE EXTENSION pg_trgm;
CREATE EXTENSION pgcrypto SCHEMA audit;

CREATE TYPE app.status AS ENUM ('new', 'active', 'gone');
ALTER TYPE app.status ADD VALUE 'paused' BEFORE 'active';
COMMENT ON TYPE app.status IS 'Lifecycle';
CREATE DOMAIN app.email AS varchar(200) COLLATE "C" DEFAULT 'nobody@example.com' NOT NULL
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
ALTER DOMAIN app.email ADD CONSTRAINT email_short CHECK (length(VALUE) < 150) NOT VALID;
COMMENT ON DOMAIN app.email IS 'An address';
CREATE TYPE app.money_amount AS (amount numeric(12,2), currency char(3) COLLATE "C");
COMMENT ON COLUMN app.money_amount.amount IS 'In units';

CREATE TABLE app.users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email app.email,
    status app.status NOT NULL DEFAULT 'new',
    "Full Name" text COLLATE "C",
    name_upper text GENERATED ALWAYS AS (upper("Full Name")) STORED,
    created_at timestamptz NOT NULL DEFAULT now(),
    tags text[],
    tenant int NOT NULL DEFAULT 1,
    CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT users_tenant_id_key UNIQUE (tenant, id)
);
COMMENT ON TABLE app.users IS 'People';
COMMENT ON COLUMN app.users."Full Name" IS 'As typed';
COMMENT ON CONSTRAINT users_email_key ON app.users IS 'One account per address';

CREATE TABLE app."select" (
    "café" serial PRIMARY KEY,
    "日本" int NOT NULL,
    "a/b" text,
    "x.y" text,
    "it""s" text,
    tenant int,
    user_id bigint,
    CONSTRAINT "select_user fk" FOREIGN KEY (tenant, user_id) REFERENCES app.users (tenant, id) MATCH FULL
        ON DELETE SET NULL (user_id) ON UPDATE CASCADE
);
ALTER TABLE app."select" ADD CONSTRAINT positive CHECK ("日本" > 0) NOT VALID;
COMMENT ON TABLE app."select" IS 'Quoted names';

CREATE INDEX "select_a/b_idx" ON app."select" ("a/b" text_pattern_ops DESC NULLS LAST, lower("x.y"), "it""s" COLLATE "C" NULLS FIRST)
    INCLUDE ("日本") WHERE "日本" > 10;
COMMENT ON INDEX app."select_a/b_idx" IS 'Search';
CREATE INDEX users_name_trgm ON app.users USING gin ("Full Name" gin_trgm_ops);
CREATE INDEX users_status_created ON app.users (status, created_at DESC);

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION app.touch() IS 'Sets created_at';

CREATE FUNCTION app.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = app, pg_temp AS $$
BEGIN
    RETURN NULL;
END
$$;

CREATE TRIGGER users_touch BEFORE INSERT OR UPDATE OF email, "Full Name" ON app.users
    FOR EACH ROW WHEN (NEW.status <> 'gone' AND NEW."Full Name" IS DISTINCT FROM 'x) WHEN (y') EXECUTE FUNCTION app.touch();
CREATE TRIGGER "Users Audit" AFTER DELETE OR TRUNCATE ON app.users
    FOR EACH STATEMENT EXECUTE FUNCTION app.log_change('a', 'b''c', 'd e');
CREATE TRIGGER users_changes AFTER UPDATE ON app.users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app.log_change();
ALTER TABLE app.users DISABLE TRIGGER users_changes;
ALTER TABLE app.users ENABLE ALWAYS TRIGGER "Users Audit";
CREATE CONSTRAINT TRIGGER users_check AFTER INSERT ON app.users DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app.log_change();
COMMENT ON TRIGGER users_touch ON app.users IS 'Keep fresh';

CREATE FUNCTION app.add(a integer, b integer DEFAULT 1, OUT total integer, VARIADIC rest integer[] DEFAULT '{}')
    LANGUAGE sql IMMUTABLE STRICT LEAKPROOF AS $$ SELECT a + b $$;
CREATE FUNCTION app.user_count(s app.status) RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT count(*) FROM app.users WHERE status = s;
    END;
CREATE FUNCTION app.recent(n int) RETURNS TABLE (id bigint, "when" timestamptz) LANGUAGE sql STABLE
    AS $$ SELECT id, created_at FROM app.users ORDER BY created_at DESC LIMIT n $$;
CREATE PROCEDURE app.purge(IN days int, INOUT removed int DEFAULT 0) LANGUAGE plpgsql AS $$
BEGIN
    removed := 0;
END
$$;
CREATE AGGREGATE app.total(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
COMMENT ON PROCEDURE app.purge(int, int) IS 'Cleans up';

CREATE VIEW app.active_users AS
    SELECT u.id, u."Full Name", app.user_count(u.status) AS peers FROM app.users u WHERE u.status = 'active';
COMMENT ON VIEW app.active_users IS 'Only active';
CREATE TRIGGER active_users_insert INSTEAD OF INSERT ON app.active_users FOR EACH ROW EXECUTE FUNCTION app.log_change();
CREATE TRIGGER users_replica AFTER INSERT ON app.users FOR EACH ROW EXECUTE FUNCTION app.log_change();
ALTER TABLE app.users ENABLE REPLICA TRIGGER users_replica;
CREATE MATERIALIZED VIEW app.user_stats AS SELECT status, count(*) AS n FROM app.users GROUP BY status;

CREATE SEQUENCE app.invoice_no AS integer START 1000 INCREMENT 5 MINVALUE 10 MAXVALUE 99999 CACHE 3 CYCLE;
COMMENT ON SEQUENCE app.invoice_no IS 'Invoice numbers';

ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.users FORCE ROW LEVEL SECURITY;
DO $$ BEGIN CREATE ROLE catalog_reader_test NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE POLICY own_rows ON app.users AS RESTRICTIVE FOR UPDATE TO catalog_reader_test, CURRENT_USER
    USING (tenant = 1) WITH CHECK (status <> 'gone');
CREATE POLICY everyone ON app.users FOR SELECT USING (true);
COMMENT ON POLICY everyone ON app.users IS 'Public read';
CREATE POLICY admins ON app.users TO catalog_reader_test USING (true) WITH CHECK (tenant > 0);

-- Partitioning: a partitioned table with two partitions, a row trigger cloned onto them, and an FK that
-- references the partitioned table (PostgreSQL clones it once per partition).
CREATE TABLE app.events (
    id bigint NOT NULL,
    at date NOT NULL,
    user_id bigint REFERENCES app.users (id),
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TRIGGER events_touch BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.log_change();
CREATE TABLE app.event_notes (
    id int PRIMARY KEY,
    event_id bigint,
    event_at date,
    FOREIGN KEY (event_id, event_at) REFERENCES app.events (id, at) ON DELETE CASCADE
);

-- Classic inheritance and an unlogged table.
CREATE UNLOGGED TABLE "Odd Schema"."Base" (id int);
CREATE TABLE "Odd Schema".child (extra text) INHERITS ("Odd Schema"."Base");

CREATE TABLE audit.log (id bigserial PRIMARY KEY, what text);
CREATE TABLE app.tmp_scratch (x int, y int GENERATED BY DEFAULT AS IDENTITY, CONSTRAINT real_rows CHECK (tableoid <> 0 AND x > 0));

-- In the default search_path: definitions print unqualified, as tbls shows them.
CREATE TABLE public.owners (id int PRIMARY KEY);
CREATE TABLE public.pets (id int PRIMARY KEY, owner_id int, CONSTRAINT pets_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE);

-- A foreign table.
CREATE EXTENSION file_fdw;
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE app.imports (line text) SERVER files OPTIONS (filename '/dev/null');
COMMENT ON FOREIGN TABLE app.imports IS 'Raw lines';

-- Objects made members of an extension, as an extension script would: left out unless asked for.
CREATE TABLE app.ext_owned (id int);
CREATE TYPE app.ext_kind AS ENUM ('a');
CREATE SEQUENCE app.ext_seq;
ALTER EXTENSION pg_trgm ADD TABLE app.ext_owned;
ALTER EXTENSION pg_trgm ADD TYPE app.ext_kind;
ALTER EXTENSION pg_trgm ADD SEQUENCE app.ext_seq;
