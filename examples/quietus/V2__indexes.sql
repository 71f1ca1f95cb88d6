-- The indexing strategy of the design document (section 3), numbered as there.
--
-- #1 users(email) is NOT created here: the UNIQUE constraint on users.email already has its own
-- btree index on exactly (email), users_email_key, which serves every lookup by email. A second
-- index on (email) would be a duplicate that costs writes and space and speeds up nothing.
--
-- Not in the strategy, and so not created: an index on user_roles(role_id) (the primary key
-- leads with user_id) and on video_analysis_events(user_id). Deleting a role or a user must then
-- scan those tables to cascade; lint reports both foreign keys as unindexed.

-- #2 a user's history, newest first
CREATE INDEX idx_analysis_records_user_analyzed ON analysis_records (user_id, analyzed_at DESC);
-- #3 label distribution over time
CREATE INDEX idx_analysis_records_label_analyzed ON analysis_records (predicted_label, analyzed_at);
-- #4 time-range analytics
CREATE INDEX idx_analysis_records_analyzed ON analysis_records (analyzed_at);
-- #5 a user's sessions, newest first
CREATE INDEX idx_video_sessions_user_started ON video_sessions (user_id, started_at DESC);
-- #6 sessions by status (e.g. the live ones)
CREATE INDEX idx_video_sessions_status_started ON video_sessions (status, started_at);
-- #7 the events of one session, newest first
CREATE INDEX idx_video_analysis_events_session_event ON video_analysis_events (session_id, event_at DESC);
-- #8 risk distribution over time
CREATE INDEX idx_video_analysis_events_risk_event ON video_analysis_events (risk_level, event_at);
-- #9 time-range analytics
CREATE INDEX idx_video_analysis_events_event ON video_analysis_events (event_at);
-- #10 a user's audit trail, newest first
CREATE INDEX idx_audit_logs_user_created ON audit_logs (user_id, created_at DESC);
-- #11 the latest audit entries
CREATE INDEX idx_audit_logs_created ON audit_logs (created_at DESC);
