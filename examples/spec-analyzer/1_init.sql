-- Spec Analyzer: accounts, connected codebases and analysis runs.
-- gen_random_uuid() is built in since PostgreSQL 13, so no extension is needed.

CREATE TYPE analysis_status AS ENUM ('pending', 'running', 'completed', 'failed', 'cancelled');

CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         varchar(255) NOT NULL,
    username      varchar(255) NOT NULL,
    avatar_url    text,
    last_login_at timestamp with time zone,
    created_at    timestamp with time zone NOT NULL DEFAULT now(),
    updated_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE codebases (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id       uuid NOT NULL,
    provider       varchar(20) NOT NULL DEFAULT 'github',
    repository_url text NOT NULL,
    default_branch varchar(255) NOT NULL DEFAULT 'main',
    created_at     timestamp with time zone NOT NULL DEFAULT now(),
    updated_at     timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT fk_codebases_owner FOREIGN KEY (owner_id) REFERENCES users(id) ON DELETE CASCADE,
    CONSTRAINT uq_codebases_owner_url UNIQUE (owner_id, repository_url),
    CONSTRAINT chk_codebases_provider CHECK (provider IN ('github', 'gitlab', 'bitbucket'))
);

CREATE TABLE analyses (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    codebase_id   uuid NOT NULL,
    commit_sha    varchar(40) NOT NULL,
    branch_name   varchar(255) NOT NULL,
    status        analysis_status NOT NULL DEFAULT 'pending',
    error_message text,
    started_at    timestamp with time zone,
    completed_at  timestamp with time zone,
    created_at    timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT fk_analyses_codebase FOREIGN KEY (codebase_id) REFERENCES codebases(id) ON DELETE CASCADE,
    CONSTRAINT chk_analyses_commit_sha CHECK (commit_sha ~ '^[0-9a-f]{40}$')
);

CREATE INDEX idx_analyses_codebase_created ON analyses (codebase_id, created_at DESC);
CREATE INDEX idx_analyses_active ON analyses (status) WHERE status IN ('pending', 'running');
