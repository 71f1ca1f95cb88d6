-- Quota accounting: every analysis run or document generation consumes quota.
-- An event is about exactly one resource: an analysis or a document.

CREATE TYPE usage_event_type AS ENUM ('analysis_run', 'document_generation', 'document_regeneration');

CREATE TABLE usage_events (
    id           uuid NOT NULL DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL,
    event_type   usage_event_type NOT NULL,
    analysis_id  uuid,
    document_id  uuid,
    quota_amount integer NOT NULL,
    created_at   timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT usage_events_pkey PRIMARY KEY (id),
    CONSTRAINT fk_usage_events_user FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE,
    CONSTRAINT fk_usage_events_analysis FOREIGN KEY (analysis_id) REFERENCES analyses(id) ON DELETE SET NULL,
    CONSTRAINT fk_usage_events_document FOREIGN KEY (document_id) REFERENCES spec_documents(id) ON DELETE SET NULL,
    CONSTRAINT chk_usage_events_resource CHECK ((analysis_id IS NOT NULL)::integer + (document_id IS NOT NULL)::integer = 1)
);

-- Quota check: SUM(quota_amount) for one user and event type since the start of the billing period.
CREATE INDEX idx_usage_events_quota_lookup ON usage_events (user_id, event_type, created_at);
CREATE INDEX idx_usage_events_analysis ON usage_events (analysis_id) WHERE analysis_id IS NOT NULL;
CREATE INDEX idx_usage_events_document ON usage_events (document_id) WHERE document_id IS NOT NULL;
