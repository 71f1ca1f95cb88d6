-- Generated specification documents, one per analysis run to begin with.

CREATE TABLE spec_documents (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    analysis_id       uuid NOT NULL,
    content_hash      bytea NOT NULL,
    language          varchar(10) NOT NULL DEFAULT 'en',
    executive_summary text,
    model_id          varchar(100) NOT NULL,
    created_at        timestamp with time zone NOT NULL DEFAULT now(),
    updated_at        timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT fk_spec_documents_analysis FOREIGN KEY (analysis_id) REFERENCES analyses(id) ON DELETE CASCADE,
    CONSTRAINT chk_spec_documents_hash_length CHECK (octet_length(content_hash) = 32)
);

CREATE INDEX idx_spec_documents_analysis ON spec_documents (analysis_id);
