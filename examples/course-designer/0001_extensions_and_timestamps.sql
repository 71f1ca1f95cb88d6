-- Shared building blocks: uuid_generate_v4() and the set_timestamp trigger function every table uses.

CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE OR REPLACE FUNCTION trigger_set_timestamp() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION trigger_set_timestamp() IS 'Keeps updated_at current; attached to every table as the set_timestamp trigger.';
