-- One row per (analysis, version, language); replaces the plain analysis index.

DROP INDEX idx_spec_documents_analysis;

CREATE UNIQUE INDEX uq_spec_documents_analysis_version ON spec_documents (analysis_id, version, language);
