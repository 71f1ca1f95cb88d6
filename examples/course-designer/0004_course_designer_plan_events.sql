CREATE TABLE course_designer_plan_events (
    id                      uuid DEFAULT uuid_generate_v4() NOT NULL,
    course_designer_plan_id uuid NOT NULL,
    actor_user_id           uuid,
    event_type              varchar(255) NOT NULL CHECK (TRIM(event_type) <> ''),
    stage                   course_designer_stage,
    payload                 jsonb DEFAULT '{}'::jsonb NOT NULL,
    occurred_at             timestamp with time zone DEFAULT now() NOT NULL,
    created_at              timestamp with time zone DEFAULT now() NOT NULL,
    updated_at              timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at              timestamp with time zone,
    PRIMARY KEY (id),
    FOREIGN KEY (course_designer_plan_id) REFERENCES course_designer_plans(id),
    FOREIGN KEY (actor_user_id) REFERENCES users(id)
);

CREATE INDEX course_designer_plan_events_timeline_idx
    ON course_designer_plan_events (course_designer_plan_id, deleted_at, occurred_at DESC);

CREATE TRIGGER set_timestamp
    BEFORE UPDATE ON course_designer_plan_events
    FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

COMMENT ON TABLE course_designer_plan_events IS 'Append-only event log for reconstructing a design plan timeline and auditing changes.';
COMMENT ON COLUMN course_designer_plan_events.actor_user_id IS 'User who caused the event, or NULL for system-generated events.';
COMMENT ON COLUMN course_designer_plan_events.course_designer_plan_id IS 'The plan this event belongs to.';
COMMENT ON COLUMN course_designer_plan_events.created_at IS 'Timestamp when the record was created.';
COMMENT ON COLUMN course_designer_plan_events.deleted_at IS 'Timestamp when the record was deleted. If null, the record is not deleted.';
COMMENT ON COLUMN course_designer_plan_events.event_type IS 'Application-defined event type identifier.';
COMMENT ON COLUMN course_designer_plan_events.id IS 'A unique, stable identifier for the record.';
COMMENT ON COLUMN course_designer_plan_events.occurred_at IS 'When the event occurred. May differ from created_at when backfilling events.';
COMMENT ON COLUMN course_designer_plan_events.payload IS 'Event-specific structured data used to reconstruct timeline details.';
COMMENT ON COLUMN course_designer_plan_events.stage IS 'Optional workflow stage associated with the event.';
COMMENT ON COLUMN course_designer_plan_events.updated_at IS 'Timestamp when the record was last updated. The field is updated automatically by the set_timestamp trigger.';
