CREATE TABLE account (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON TABLE account IS 'A user account.';
COMMENT ON COLUMN account.name IS 'Display name.';
