CREATE TABLE users (
    id           uuid DEFAULT uuid_generate_v4() NOT NULL,
    email        varchar(255) NOT NULL,
    display_name varchar(255),
    created_at   timestamp with time zone DEFAULT now() NOT NULL,
    updated_at   timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at   timestamp with time zone,
    PRIMARY KEY (id),
    CHECK (TRIM(email) <> '')
);

CREATE UNIQUE INDEX users_email_idx ON users (lower(email)) WHERE deleted_at IS NULL;

CREATE TRIGGER set_timestamp
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

COMMENT ON TABLE users IS 'People who sign in to the course designer.';
COMMENT ON COLUMN users.id IS 'A unique, stable identifier for the record.';
COMMENT ON COLUMN users.email IS 'Sign-in email address; unique among users that are not deleted.';
COMMENT ON COLUMN users.display_name IS 'Name shown to collaborators.';
COMMENT ON COLUMN users.created_at IS 'Timestamp when the record was created.';
COMMENT ON COLUMN users.updated_at IS 'Timestamp when the record was last updated. The field is updated automatically by the set_timestamp trigger.';
COMMENT ON COLUMN users.deleted_at IS 'Timestamp when the record was deleted. If null, the record is not deleted.';
