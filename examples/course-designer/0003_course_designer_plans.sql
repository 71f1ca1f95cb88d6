CREATE TYPE course_designer_stage AS ENUM (
    'discovery',
    'outcomes',
    'assessment',
    'content_outline',
    'activities',
    'review',
    'published'
);

CREATE TABLE course_designer_plans (
    id            uuid DEFAULT uuid_generate_v4() NOT NULL,
    owner_user_id uuid NOT NULL,
    title         varchar(255) NOT NULL,
    stage         course_designer_stage DEFAULT 'discovery' NOT NULL,
    brief         jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at    timestamp with time zone DEFAULT now() NOT NULL,
    updated_at    timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at    timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (owner_user_id) REFERENCES users(id),
    CHECK (TRIM(title) <> '')
);

CREATE INDEX course_designer_plans_owner_idx ON course_designer_plans (owner_user_id, deleted_at, updated_at DESC);

CREATE TRIGGER set_timestamp
    BEFORE UPDATE ON course_designer_plans
    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

COMMENT ON TYPE course_designer_stage IS 'Workflow stages a design plan moves through.';
COMMENT ON TABLE course_designer_plans IS 'A course design plan: the working document a designer moves through the workflow stages.';
COMMENT ON COLUMN course_designer_plans.id IS 'A unique, stable identifier for the record.';
COMMENT ON COLUMN course_designer_plans.owner_user_id IS 'User who owns the plan.';
COMMENT ON COLUMN course_designer_plans.title IS 'Working title of the course.';
COMMENT ON COLUMN course_designer_plans.stage IS 'Current workflow stage of the plan.';
COMMENT ON COLUMN course_designer_plans.brief IS 'Structured course brief: audience, outcomes, constraints.';
COMMENT ON COLUMN course_designer_plans.created_at IS 'Timestamp when the record was created.';
COMMENT ON COLUMN course_designer_plans.updated_at IS 'Timestamp when the record was last updated. The field is updated automatically by the set_timestamp trigger.';
COMMENT ON COLUMN course_designer_plans.deleted_at IS 'Timestamp when the record was deleted. If null, the record is not deleted.';
