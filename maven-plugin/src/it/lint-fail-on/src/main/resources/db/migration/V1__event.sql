CREATE TABLE event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text      NOT NULL,
    happened_at timestamp NOT NULL
);
COMMENT ON TABLE event IS 'Something that happened.';
COMMENT ON COLUMN event.name IS 'What happened.';
COMMENT ON COLUMN event.happened_at IS 'When, in whatever zone the writer was in.';
