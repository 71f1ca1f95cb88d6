-- Bumping token_version signs a user out of every device (refresh tokens carry the version).

ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0;
