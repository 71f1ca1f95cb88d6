-- Scenarios of seed 002, run on the chat-app database. Each block is one transaction that is rolled back,
-- so the database is left as it was. Every check is a DO block that raises an exception when the effect
-- the seed describes does not happen; with psql, run it as
--   psql -v ON_ERROR_STOP=1 -f scenarios.sql
-- The functions that really ran are read from pg_stat_xact_user_functions (track_functions = 'all', which
-- needs a superuser) as the difference against a mark taken just before the step (temp table calls_before).
-- A call that ends in an exception is not counted there (its statistics are dropped with the error), so
-- the expected counts below leave out the calls made only to check that bad input is refused.
-- Not a migration: it creates nothing that survives, and it must not be applied as part of the schema.

-- =============================================================================
-- Scenario: User signs in for the first time
-- 1. User inserted in auth.users (by Supabase Auth).
-- 2-3. on_auth_user_profile_sync fires, runs handle_user_profile_sync().
-- 4-5. No profile yet: inserts into public.profiles.
-- 6-7. log_user_activity() inserts a profile_created row into public.user_activity_log.
-- 8-9. BEFORE INSERT trigger update_profiles_updated_at runs update_updated_at_column(): sets updated_at, initialises usage_stats.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
DO $$
DECLARE
    p public.profiles%ROWTYPE;
BEGIN
    SELECT * INTO p FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'first sign-in: no profile was created';
    END IF;
    IF p.email IS DISTINCT FROM 'ada@example.com' OR p.full_name IS DISTINCT FROM 'Ada Lovelace'
       OR p.avatar_url IS DISTINCT FROM 'https://example.com/ada.png' THEN
        RAISE EXCEPTION 'first sign-in: profile not copied from auth.users: %', to_jsonb(p);
    END IF;
    IF p.updated_at IS DISTINCT FROM now() OR p.last_active IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'first sign-in: updated_at / last_active not set: %', to_jsonb(p);
    END IF;
    IF NOT (p.usage_stats ? 'total_sessions') OR (p.usage_stats ->> 'total_messages')::integer <> 0 THEN
        RAISE EXCEPTION 'first sign-in: usage_stats not initialised: %', p.usage_stats;
    END IF;
    IF (SELECT count(*) FROM public.user_activity_log
        WHERE user_id = '11111111-1111-4111-8111-111111111111' AND action = 'profile_created' AND details ->> 'provider' = 'google') <> 1
       OR (SELECT count(*) FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111') <> 1 THEN
        RAISE EXCEPTION 'first sign-in: expected exactly one profile_created activity row';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.handle_user_profile_sync=1, public.log_user_activity=1, public.update_updated_at_column=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'first sign-in: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: Existing user signs in
-- 1. User record in auth.users is updated (by Supabase Auth).
-- 2-3. on_auth_user_profile_sync fires, runs handle_user_profile_sync().
-- 4-5. Profile exists: updates email, full_name, avatar_url, last_active, updated_at in public.profiles.
-- 6-7. log_user_activity() logs profile_synced if no sync in the last hour or the email changed.
-- 8-9. BEFORE UPDATE trigger update_profiles_updated_at runs update_updated_at_column().
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
-- given: a user who signed up earlier
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
UPDATE public.profiles SET updated_at = '2024-01-01', last_active = '2024-01-01' WHERE id = '11111111-1111-4111-8111-111111111111';
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE auth.users
SET last_sign_in_at = now(),
    raw_user_meta_data = raw_user_meta_data || '{"full_name": "Ada King"}',
    updated_at = now()
WHERE id = '11111111-1111-4111-8111-111111111111';
DO $$
DECLARE
    p public.profiles%ROWTYPE;
BEGIN
    SELECT * INTO p FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111';
    IF p.full_name IS DISTINCT FROM 'Ada King' OR p.last_active IS DISTINCT FROM now() OR p.updated_at IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'existing user signs in: profile not updated: %', to_jsonb(p);
    END IF;
    IF (SELECT count(*) FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111' AND action = 'profile_synced') <> 1 THEN
        RAISE EXCEPTION 'existing user signs in: expected one profile_synced activity row';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.handle_user_profile_sync=1, public.log_user_activity=1, public.update_updated_at_column=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'existing user signs in: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
-- signing in again within the hour, same email: profile updated, no second profile_synced row
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE auth.users SET last_sign_in_at = now() WHERE id = '11111111-1111-4111-8111-111111111111';
DO $$
BEGIN
    IF (SELECT count(*) FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111' AND action = 'profile_synced') <> 1 THEN
        RAISE EXCEPTION 'second sign-in within the hour: profile_synced must not be logged again';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.handle_user_profile_sync=1, public.update_updated_at_column=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'second sign-in within the hour: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
-- an email change is always logged
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE auth.users SET email = 'ada.king@example.com' WHERE id = '11111111-1111-4111-8111-111111111111';
DO $$
BEGIN
    IF (SELECT email FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111') IS DISTINCT FROM 'ada.king@example.com' THEN
        RAISE EXCEPTION 'email change: profile email not updated';
    END IF;
    IF (SELECT count(*) FROM public.user_activity_log
        WHERE user_id = '11111111-1111-4111-8111-111111111111' AND action = 'profile_synced' AND (details ->> 'email_changed')::boolean) <> 1 THEN
        RAISE EXCEPTION 'email change: expected a profile_synced row with email_changed = true';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.handle_user_profile_sync=1, public.log_user_activity=1, public.update_updated_at_column=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'email change: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: User sends a message and receives a response
-- 1. New message inserted into public.chat_messages (via /api/chat/messages).
-- 2-3. AFTER INSERT trigger on_message_change runs update_session_stats(): updates message_count, total_tokens,
--      last_message_preview, last_message_timestamp in public.chat_sessions.
-- 4-5. BEFORE UPDATE trigger on_session_updated runs update_session_timestamp(): updated_at, last_activity.
-- 6. The API calls track_user_usage(): daily usage in public.user_usage_daily.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
VALUES ('msg-1', 'session-1', 'user', 'Hello, what is PostgreSQL?', now() - interval '2 seconds', 0, 0);
INSERT INTO public.chat_messages (id, session_id, role, content, model, message_timestamp, input_tokens, output_tokens, completion_id, user_message_id)
VALUES ('msg-2', 'session-1', 'assistant', 'PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 'gpt-4o-mini', now(), 12, 150, 'chatcmpl-001', 'msg-1');
DO $$
DECLARE
    s public.chat_sessions%ROWTYPE;
BEGIN
    SELECT * INTO s FROM public.chat_sessions WHERE id = 'session-1';
    IF s.message_count <> 2 OR s.total_tokens <> 162 THEN
        RAISE EXCEPTION 'send message: session statistics wrong: count %, tokens %', s.message_count, s.total_tokens;
    END IF;
    IF s.last_message_preview IS DISTINCT FROM left('PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 100)
       OR s.last_message_timestamp IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'send message: last message not recorded: %, %', s.last_message_preview, s.last_message_timestamp;
    END IF;
    IF s.updated_at IS DISTINCT FROM now() OR s.last_activity IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'send message: session timestamps not updated: %, %', s.updated_at, s.last_activity;
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.update_session_stats=2, public.update_session_timestamp=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'send message: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
-- step 6: the API records the day's usage (two exchanges, two models)
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
BEGIN
    PERFORM public.track_user_usage('11111111-1111-4111-8111-111111111111', 1, 1, 12, 150, 'gpt-4o-mini', true, 1);
    PERFORM public.track_user_usage('11111111-1111-4111-8111-111111111111', 1, 1, 20, 30, 'gpt-4o', false, 2);
    PERFORM public.track_user_usage('11111111-1111-4111-8111-111111111111', 0, 0, 0, 0, 'gpt-4o-mini', false, 0);
END $$;
DO $$
DECLARE
    u public.user_usage_daily%ROWTYPE;
BEGIN
    SELECT * INTO STRICT u FROM public.user_usage_daily WHERE user_id = '11111111-1111-4111-8111-111111111111' AND usage_date = CURRENT_DATE;
    IF u.messages_sent <> 2 OR u.messages_received <> 2 OR u.input_tokens <> 32 OR u.output_tokens <> 180
       OR u.total_tokens <> 212 OR u.sessions_created <> 1 OR u.active_minutes <> 3
       OR u.models_used IS DISTINCT FROM ARRAY['gpt-4o-mini', 'gpt-4o'] THEN
        RAISE EXCEPTION 'track_user_usage: wrong daily usage: %', to_jsonb(u);
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.track_user_usage=3';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'track usage: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: User edits the title of a conversation
-- 1. Title updated in public.chat_sessions (via /api/chat/sessions).
-- 2-3. BEFORE UPDATE trigger on_session_updated runs update_session_timestamp(): updated_at, last_activity.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
UPDATE public.chat_sessions SET title = 'PostgreSQL questions' WHERE id = 'session-1';
DO $$
DECLARE
    s public.chat_sessions%ROWTYPE;
BEGIN
    SELECT * INTO s FROM public.chat_sessions WHERE id = 'session-1';
    IF s.title <> 'PostgreSQL questions' OR s.updated_at IS DISTINCT FROM now() OR s.last_activity IS DISTINCT FROM now() THEN
        RAISE EXCEPTION 'edit title: %', to_jsonb(s);
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.update_session_timestamp=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'edit title: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: User deletes a conversation
-- 1. Conversation deleted from public.chat_sessions (via /api/chat/sessions).
-- 2. Its messages are deleted from public.chat_messages by ON DELETE CASCADE.
-- 3-4. AFTER DELETE trigger on_message_change runs update_session_stats() once per deleted message; the session
--      no longer exists, so it updates nothing and update_session_timestamp() does not run.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
VALUES ('msg-1', 'session-1', 'user', 'Hello, what is PostgreSQL?', now() - interval '2 seconds', 0, 0);
INSERT INTO public.chat_messages (id, session_id, role, content, model, message_timestamp, input_tokens, output_tokens, completion_id, user_message_id)
VALUES ('msg-2', 'session-1', 'assistant', 'PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 'gpt-4o-mini', now(), 12, 150, 'chatcmpl-001', 'msg-1');
INSERT INTO public.chat_sessions (id, user_id, title) VALUES ('session-2', '11111111-1111-4111-8111-111111111111', 'Kept');
INSERT INTO public.chat_messages (id, session_id, role, content) VALUES ('msg-3', 'session-2', 'user', 'Still here');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DELETE FROM public.chat_sessions WHERE id = 'session-1';
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.chat_messages WHERE session_id = 'session-1') THEN
        RAISE EXCEPTION 'delete conversation: messages were not deleted with their session';
    END IF;
    IF (SELECT count(*) FROM public.chat_messages WHERE session_id = 'session-2') <> 1
       OR (SELECT message_count FROM public.chat_sessions WHERE id = 'session-2') <> 1 THEN
        RAISE EXCEPTION 'delete conversation: another conversation was changed';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.update_session_stats=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'delete conversation: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: User clears all conversations
-- 1. All conversations deleted from public.chat_sessions (via /api/chat/clear-all).
-- 2. All their messages are deleted from public.chat_messages (ON DELETE CASCADE).
-- 3-4. on_message_change runs update_session_stats() for each deleted message; no session is left to update.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('22222222-2222-4222-8222-222222222222', 'authenticated', 'authenticated', 'bob@example.com',
        '{"provider": "google"}', '{"full_name": "Bob Builder", "avatar_url": "https://example.com/bob.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
VALUES ('msg-1', 'session-1', 'user', 'Hello, what is PostgreSQL?', now() - interval '2 seconds', 0, 0);
INSERT INTO public.chat_messages (id, session_id, role, content, model, message_timestamp, input_tokens, output_tokens, completion_id, user_message_id)
VALUES ('msg-2', 'session-1', 'assistant', 'PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 'gpt-4o-mini', now(), 12, 150, 'chatcmpl-001', 'msg-1');
INSERT INTO public.chat_sessions (id, user_id, title) VALUES ('session-2', '11111111-1111-4111-8111-111111111111', 'Second'), ('session-bob', '22222222-2222-4222-8222-222222222222', 'Bob''s');
INSERT INTO public.chat_messages (id, session_id, role, content) VALUES ('msg-3', 'session-2', 'user', 'Hi'), ('msg-bob', 'session-bob', 'user', 'Hello');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DELETE FROM public.chat_sessions WHERE user_id = '11111111-1111-4111-8111-111111111111';
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.chat_sessions WHERE user_id = '11111111-1111-4111-8111-111111111111')
       OR EXISTS (SELECT 1 FROM public.chat_messages WHERE session_id IN ('session-1', 'session-2')) THEN
        RAISE EXCEPTION 'clear all: conversations or messages left';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.chat_messages WHERE id = 'msg-bob') THEN
        RAISE EXCEPTION 'clear all: another user''s conversation was deleted';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.update_session_stats=3';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'clear all conversations: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Scenario: Sync conversations (bulk)
-- Upserts of public.chat_sessions and public.chat_messages fire on_message_change and on_session_updated.
-- Here through sync_user_conversations(): one new conversation with two messages, one empty one.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('22222222-2222-4222-8222-222222222222', 'authenticated', 'authenticated', 'bob@example.com',
        '{"provider": "google"}', '{"full_name": "Bob Builder", "avatar_url": "https://example.com/bob.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title) VALUES ('session-bob', '22222222-2222-4222-8222-222222222222', 'Bob''s');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    result jsonb;
BEGIN
    result := public.sync_user_conversations('11111111-1111-4111-8111-111111111111', '[
        {"id": "sync-a", "title": "Trip to Lisbon", "model": "gpt-4o",
          "messages": [
            {"id": "sync-a-1", "role": "user", "content": "Plan three days in Lisbon", "timestamp": "2024-05-01T10:00:00Z"},
            {"id": "sync-a-2", "role": "assistant", "content": "Day 1: Alfama", "model": "gpt-4o",
             "input_tokens": 10, "output_tokens": 90, "completion_id": "chatcmpl-77", "timestamp": "2024-05-01T10:00:05Z"}
          ]},
        {"id": "sync-b", "title": "", "messages": []}
    ]'::jsonb);
    IF result IS DISTINCT FROM '{"synced_sessions": 2, "synced_messages": 2, "failed": []}'::jsonb THEN
        RAISE EXCEPTION 'bulk sync: unexpected result %', result;
    END IF;
    IF (SELECT message_count FROM public.chat_sessions WHERE id = 'sync-a') <> 2
       OR (SELECT total_tokens FROM public.chat_sessions WHERE id = 'sync-a') <> 100
       OR (SELECT last_message_preview FROM public.chat_sessions WHERE id = 'sync-a') <> 'Day 1: Alfama'
       OR (SELECT title FROM public.chat_sessions WHERE id = 'sync-b') <> 'New Chat' THEN
        RAISE EXCEPTION 'bulk sync: sessions not as synced';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.sync_user_conversations=1, public.update_session_stats=2, public.update_session_timestamp=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'bulk sync (insert): expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
-- syncing again updates in place; a session of another user is refused and reported
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    result jsonb;
BEGIN
    result := public.sync_user_conversations('11111111-1111-4111-8111-111111111111', '[
        {"id": "sync-a", "title": "Lisbon, 3 days",
          "messages": [{"id": "sync-a-2", "role": "assistant", "content": "Day 1: Alfama and Baixa", "input_tokens": 10, "output_tokens": 120}]},
        {"id": "session-bob", "title": "mine now", "messages": []}
    ]'::jsonb);
    IF (result ->> 'synced_sessions')::integer <> 1 OR (result ->> 'synced_messages')::integer <> 1
       OR jsonb_array_length(result -> 'failed') <> 1 OR result -> 'failed' -> 0 ->> 'id' <> 'session-bob' THEN
        RAISE EXCEPTION 'bulk sync again: unexpected result %', result;
    END IF;
    IF (SELECT title FROM public.chat_sessions WHERE id = 'sync-a') <> 'Lisbon, 3 days'
       OR (SELECT total_tokens FROM public.chat_sessions WHERE id = 'sync-a') <> 130
       OR (SELECT message_count FROM public.chat_sessions WHERE id = 'sync-a') <> 2
       OR (SELECT title FROM public.chat_sessions WHERE id = 'session-bob') <> 'Bob''s' THEN
        RAISE EXCEPTION 'bulk sync again: sessions not as expected';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.sync_user_conversations=1, public.update_session_stats=1, public.update_session_timestamp=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'bulk sync (update): expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Preferences: update_user_preferences() deep-merges with jsonb_deep_merge() and logs the change
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    merged jsonb;
BEGIN
    PERFORM public.update_user_preferences('11111111-1111-4111-8111-111111111111', 'ui', '{"theme": "dark", "editor": {"fontSize": 14}}');
    merged := public.update_user_preferences('11111111-1111-4111-8111-111111111111', 'ui', '{"editor": {"wrap": true}}');
    IF merged IS DISTINCT FROM '{"theme": "dark", "editor": {"fontSize": 14, "wrap": true}}'::jsonb
       OR (SELECT ui_preferences FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111') IS DISTINCT FROM merged THEN
        RAISE EXCEPTION 'preferences: deep merge wrong: %', merged;
    END IF;
    IF (SELECT count(*) FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111' AND action = 'preferences_updated') <> 2 THEN
        RAISE EXCEPTION 'preferences: expected two preferences_updated activity rows';
    END IF;
    BEGIN
        PERFORM public.update_user_preferences('11111111-1111-4111-8111-111111111111', 'colour', '{}');
        RAISE EXCEPTION 'preferences: an unknown preference type was accepted';
    EXCEPTION
        WHEN invalid_parameter_value THEN NULL;
    END;
END $$;
DO $$
DECLARE
    expected text := 'public.jsonb_deep_merge=3, public.log_user_activity=2, public.update_updated_at_column=2, public.update_user_preferences=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'preferences: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Tiers and models: update_user_tier(), can_user_use_model(), get_user_allowed_models(), get_user_complete_profile()
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    complete jsonb;
BEGIN
    IF public.can_user_use_model('11111111-1111-4111-8111-111111111111', 'gpt-4o') THEN
        RAISE EXCEPTION 'tiers: a free user may not use gpt-4o';
    END IF;
    IF NOT public.update_user_tier('11111111-1111-4111-8111-111111111111', 'pro') OR public.update_user_tier('11111111-1111-4111-8111-111111111111', 'pro') THEN
        RAISE EXCEPTION 'tiers: update_user_tier must report true on change, false when unchanged';
    END IF;
    IF (SELECT subscription_tier FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111') <> 'pro' THEN
        RAISE EXCEPTION 'tiers: profile tier not updated';
    END IF;
    IF NOT public.can_user_use_model('11111111-1111-4111-8111-111111111111', 'gpt-4o') THEN
        RAISE EXCEPTION 'tiers: a pro user may use gpt-4o';
    END IF;
    complete := public.get_user_complete_profile('11111111-1111-4111-8111-111111111111');
    IF jsonb_array_length(complete -> 'allowed_models') <> 4
       OR complete -> 'profile' ->> 'subscription_tier' <> 'pro'
       OR NOT (complete -> 'usage' ? 'last_30_days') THEN
        RAISE EXCEPTION 'tiers: complete profile wrong: %', complete;
    END IF;
    BEGIN
        PERFORM public.update_user_tier('11111111-1111-4111-8111-111111111111', 'platinum');
        RAISE EXCEPTION 'tiers: an unknown tier was accepted';
    EXCEPTION
        WHEN invalid_parameter_value THEN NULL;
    END;
END $$;
DO $$
DECLARE
    expected text := 'public.can_user_use_model=2, public.get_user_allowed_models=1, public.get_user_complete_profile=1, public.update_updated_at_column=1, public.update_user_tier=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'tiers: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Reading: get_user_recent_sessions(), get_session_with_messages(), export_user_data(), analyze_database_health()
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('22222222-2222-4222-8222-222222222222', 'authenticated', 'authenticated', 'bob@example.com',
        '{"provider": "google"}', '{"full_name": "Bob Builder", "avatar_url": "https://example.com/bob.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
VALUES ('msg-1', 'session-1', 'user', 'Hello, what is PostgreSQL?', now() - interval '2 seconds', 0, 0);
INSERT INTO public.chat_messages (id, session_id, role, content, model, message_timestamp, input_tokens, output_tokens, completion_id, user_message_id)
VALUES ('msg-2', 'session-1', 'assistant', 'PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 'gpt-4o-mini', now(), 12, 150, 'chatcmpl-001', 'msg-1');
INSERT INTO public.chat_sessions (id, user_id, title, updated_at) VALUES ('session-old', '11111111-1111-4111-8111-111111111111', 'Older', '2023-01-01');
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    ids text[];
    conversation jsonb;
    export jsonb;
BEGIN
    SELECT array_agg(r.session_id) INTO ids FROM public.get_user_recent_sessions('11111111-1111-4111-8111-111111111111') AS r;
    IF ids IS DISTINCT FROM ARRAY['session-1', 'session-old'] THEN
        RAISE EXCEPTION 'recent sessions: %', ids;
    END IF;
    SELECT array_agg(r.session_id) INTO ids FROM public.get_user_recent_sessions('11111111-1111-4111-8111-111111111111', 1) AS r;
    IF ids IS DISTINCT FROM ARRAY['session-1'] THEN
        RAISE EXCEPTION 'recent sessions with limit 1: %', ids;
    END IF;

    conversation := public.get_session_with_messages('session-1', '11111111-1111-4111-8111-111111111111');
    IF conversation -> 'session' ->> 'id' <> 'session-1'
       OR jsonb_array_length(conversation -> 'messages') <> 2
       OR conversation -> 'messages' -> 0 ->> 'id' <> 'msg-1' THEN
        RAISE EXCEPTION 'session with messages: %', conversation;
    END IF;
    BEGIN
        PERFORM public.get_session_with_messages('session-1', '22222222-2222-4222-8222-222222222222');
        RAISE EXCEPTION 'session with messages: another user could read the session';
    EXCEPTION
        WHEN no_data_found THEN NULL;
    END;

    export := public.export_user_data('11111111-1111-4111-8111-111111111111');
    IF export -> 'profile' ->> 'email' <> 'ada@example.com'
       OR jsonb_array_length(export -> 'sessions') <> 2
       OR jsonb_array_length(export -> 'activity') <> 1 THEN
        RAISE EXCEPTION 'export: %', export;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM public.analyze_database_health() AS h
                   WHERE h.category = 'table' AND h.object_name = 'public.chat_messages')
       OR NOT EXISTS (SELECT 1 FROM public.analyze_database_health() AS h
                      WHERE h.category = 'index' AND h.object_name = 'public.idx_chat_messages_session_id')
       OR NOT EXISTS (SELECT 1 FROM public.analyze_database_health() AS h WHERE h.metric = 'cache_hit_ratio') THEN
        RAISE EXCEPTION 'database health: expected table, index and cache rows';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.analyze_database_health=3, public.export_user_data=1, public.get_session_with_messages=1, public.get_user_recent_sessions=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'reading: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Retention: cleanup_old_data() deletes old activity, old daily usage and expired cache entries
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO public.user_activity_log (user_id, action, "timestamp") VALUES ('11111111-1111-4111-8111-111111111111', 'old_event', now() - interval '200 days');
INSERT INTO public.user_usage_daily (user_id, usage_date) VALUES ('11111111-1111-4111-8111-111111111111', CURRENT_DATE - 400), ('11111111-1111-4111-8111-111111111111', CURRENT_DATE - 100);
INSERT INTO public.system_cache (cache_key, cache_value, expires_at)
VALUES ('expired', '{}', now() - interval '1 minute'), ('fresh', '{}', now() + interval '1 hour'), ('forever', '{}', NULL);
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
DECLARE
    result jsonb;
BEGIN
    result := public.cleanup_old_data();
    IF (result ->> 'activity_log_deleted')::integer <> 1 OR (result ->> 'usage_daily_deleted')::integer <> 1
       OR (result ->> 'cache_deleted')::integer <> 1 THEN
        RAISE EXCEPTION 'cleanup: %', result;
    END IF;
    IF (SELECT count(*) FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111') <> 1
       OR (SELECT count(*) FROM public.user_usage_daily WHERE user_id = '11111111-1111-4111-8111-111111111111') <> 1
       OR (SELECT array_agg(cache_key ORDER BY cache_key) FROM public.system_cache) IS DISTINCT FROM ARRAY['forever', 'fresh']::varchar[] THEN
        RAISE EXCEPTION 'cleanup: the wrong rows were deleted';
    END IF;
    BEGIN
        PERFORM public.cleanup_old_data(1);
        RAISE EXCEPTION 'cleanup: days_to_keep = 1 was accepted';
    EXCEPTION
        WHEN invalid_parameter_value THEN NULL;
    END;
END $$;
DO $$
DECLARE
    expected text := 'public.cleanup_old_data=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'cleanup: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Repair: sync_profile_from_auth() recreates a missing profile from auth.users
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
DELETE FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111';
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DO $$
BEGIN
    IF NOT public.sync_profile_from_auth('11111111-1111-4111-8111-111111111111') THEN
        RAISE EXCEPTION 'repair: sync_profile_from_auth returned false';
    END IF;
    IF (SELECT full_name FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111') IS DISTINCT FROM 'Ada Lovelace' THEN
        RAISE EXCEPTION 'repair: profile not recreated';
    END IF;
    BEGIN
        PERFORM public.sync_profile_from_auth('00000000-0000-4000-8000-000000000000');
        RAISE EXCEPTION 'repair: an unknown user was accepted';
    EXCEPTION
        WHEN no_data_found THEN NULL;
    END;
END $$;
DO $$
DECLARE
    expected text := 'public.sync_profile_from_auth=1, public.update_updated_at_column=1';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'repair: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;

-- =============================================================================
-- Account deletion: deleting from auth.users cascades to every table of the user
-- profiles, user_activity_log, chat_sessions (and so chat_messages), user_usage_daily: ON DELETE CASCADE.
-- =============================================================================
BEGIN;
SET LOCAL track_functions = 'all';
SET LOCAL client_min_messages = error;
INSERT INTO auth.users (id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, last_sign_in_at)
VALUES ('11111111-1111-4111-8111-111111111111', 'authenticated', 'authenticated', 'ada@example.com',
        '{"provider": "google"}', '{"full_name": "Ada Lovelace", "avatar_url": "https://example.com/ada.png"}',
        now(), now(), now());
INSERT INTO public.chat_sessions (id, user_id, title, model, created_at, updated_at, last_activity)
VALUES ('session-1', '11111111-1111-4111-8111-111111111111', 'New Chat', 'gpt-4o-mini', '2024-01-01', '2024-01-01', '2024-01-01');
INSERT INTO public.chat_messages (id, session_id, role, content, message_timestamp, input_tokens, output_tokens)
VALUES ('msg-1', 'session-1', 'user', 'Hello, what is PostgreSQL?', now() - interval '2 seconds', 0, 0);
INSERT INTO public.chat_messages (id, session_id, role, content, model, message_timestamp, input_tokens, output_tokens, completion_id, user_message_id)
VALUES ('msg-2', 'session-1', 'assistant', 'PostgreSQL is an open-source object-relational database system with over thirty years of active development and a strong reputation for reliability.', 'gpt-4o-mini', now(), 12, 150, 'chatcmpl-001', 'msg-1');
DO $$ BEGIN PERFORM public.track_user_usage('11111111-1111-4111-8111-111111111111', 1, 1, 12, 150, 'gpt-4o-mini'); END $$;
DROP TABLE IF EXISTS calls_before;
CREATE TEMP TABLE calls_before AS SELECT funcid, calls FROM pg_stat_xact_user_functions;
DELETE FROM auth.users WHERE id = '11111111-1111-4111-8111-111111111111';
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.profiles WHERE id = '11111111-1111-4111-8111-111111111111')
       OR EXISTS (SELECT 1 FROM public.user_activity_log WHERE user_id = '11111111-1111-4111-8111-111111111111')
       OR EXISTS (SELECT 1 FROM public.chat_sessions WHERE user_id = '11111111-1111-4111-8111-111111111111')
       OR EXISTS (SELECT 1 FROM public.chat_messages WHERE session_id = 'session-1')
       OR EXISTS (SELECT 1 FROM public.user_usage_daily WHERE user_id = '11111111-1111-4111-8111-111111111111') THEN
        RAISE EXCEPTION 'account deletion: rows of the user are left';
    END IF;
END $$;
DO $$
DECLARE
    expected text := 'public.update_session_stats=2';
    actual text;
BEGIN
    SELECT string_agg(format('%s.%s=%s', f.schemaname, f.funcname, f.calls - COALESCE(b.calls, 0)), ', '
                      ORDER BY f.schemaname, f.funcname)
    INTO actual
    FROM pg_stat_xact_user_functions AS f
    LEFT JOIN calls_before AS b ON b.funcid = f.funcid
    WHERE f.calls > COALESCE(b.calls, 0);
    IF actual IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'account deletion: expected the functions [%] to run, but [%] ran', expected, actual;
    END IF;
END $$;
ROLLBACK;
