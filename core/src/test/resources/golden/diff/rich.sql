-- DRAFT written by `schemadoc diff --sql`: DDL that may take A to B, for the simple cases only.
-- Review it and try it on a copy first; it is not a migration tool.
-- A: before.json
-- B: postgres://app:***@db/shop
-- TODO: table public.orders_2024 removed, possible rename to public.orders_y2024: if it is a rename, use ALTER … RENAME instead of the DROP and CREATE below
-- TODO: column public.users.name type text → character varying(100): may need USING (ALTER TABLE public.users ALTER COLUMN name TYPE character varying(100) USING name::character varying(100))

ALTER TABLE public.users DROP COLUMN mood;

DROP TABLE public.orders_2024;

DROP EXTENSION pgcrypto;

CREATE SCHEMA "Audit Log";

ALTER TYPE public.mood ADD VALUE 'it''s great' AFTER 'happy';

CREATE TABLE public.orders_y2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

ALTER TABLE public.users ADD COLUMN "Select" character varying(20) DEFAULT 'it''s'::character varying NOT NULL;
ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;

CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql VOLATILE
AS $body$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END;
$body$;

ALTER TABLE public.users ADD CONSTRAINT users_email_check CHECK ((email ~~ '%@%'::text));

CREATE INDEX users_lower_email ON public.users USING btree (lower(email));

ALTER TABLE public.users DISABLE TRIGGER users_touch;

COMMENT ON TABLE public.users IS E'People | customers `and` <b>staff</b>
second line \u001b[31mred';
COMMENT ON COLUMN public.users.email IS E'it''s a \\ backslash';
