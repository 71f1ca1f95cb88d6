-- Documents can be regenerated: keep every version and who asked for it.

ALTER TABLE spec_documents
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN user_id uuid;

ALTER TABLE spec_documents
    ADD CONSTRAINT fk_spec_documents_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL;

CREATE INDEX idx_spec_documents_user ON spec_documents (user_id) WHERE user_id IS NOT NULL;
