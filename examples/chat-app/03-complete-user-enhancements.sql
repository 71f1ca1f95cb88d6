-- =============================================================================
-- 03 - Complete user enhancements
-- Daily usage tracking, model access per subscription tier, and user preferences.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Preferences on profiles
-- -----------------------------------------------------------------------------
ALTER TABLE public.profiles
    ADD COLUMN IF NOT EXISTS ui_preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN IF NOT EXISTS session_preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN IF NOT EXISTS model_preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN IF NOT EXISTS subscription_updated_at timestamptz;

COMMENT ON COLUMN public.profiles.ui_preferences IS 'Theme, font size, layout; merged by update_user_preferences(..., ''ui'', ...).';
COMMENT ON COLUMN public.profiles.session_preferences IS 'Defaults for new chat sessions.';
COMMENT ON COLUMN public.profiles.model_preferences IS 'Default model and generation parameters.';

-- -----------------------------------------------------------------------------
-- Tables
-- -----------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS public.user_usage_daily (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE,
    usage_date date NOT NULL DEFAULT CURRENT_DATE,
    messages_sent integer NOT NULL DEFAULT 0,
    messages_received integer NOT NULL DEFAULT 0,
    input_tokens bigint NOT NULL DEFAULT 0,
    output_tokens bigint NOT NULL DEFAULT 0,
    total_tokens bigint NOT NULL DEFAULT 0,
    models_used text[] NOT NULL DEFAULT '{}'::text[],
    sessions_created integer NOT NULL DEFAULT 0,
    active_minutes integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_usage_daily_user_date_key UNIQUE (user_id, usage_date)
);

CREATE TABLE IF NOT EXISTS public.model_access (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tier varchar(20) NOT NULL CHECK (tier IN ('free', 'pro', 'enterprise')),
    model_id varchar(100) NOT NULL,
    model_name varchar(200) NOT NULL,
    provider varchar(50) NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    daily_message_limit integer,
    max_tokens_per_request integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT model_access_tier_model_key UNIQUE (tier, model_id)
);

COMMENT ON TABLE public.user_usage_daily IS 'Tracks daily user activity and usage statistics';
COMMENT ON COLUMN public.user_usage_daily.models_used IS 'Distinct model ids used that day.';
COMMENT ON TABLE public.model_access IS 'Manages user access to different AI models';
COMMENT ON COLUMN public.model_access.daily_message_limit IS 'NULL means unlimited.';

-- -----------------------------------------------------------------------------
-- Indexes
-- -----------------------------------------------------------------------------
CREATE INDEX IF NOT EXISTS idx_usage_daily_user_date ON public.user_usage_daily (user_id, usage_date DESC);
CREATE INDEX IF NOT EXISTS idx_usage_daily_date ON public.user_usage_daily (usage_date DESC);
CREATE INDEX IF NOT EXISTS idx_model_access_tier ON public.model_access (tier, is_active);
CREATE INDEX IF NOT EXISTS idx_model_access_model_id ON public.model_access (model_id, is_active);

COMMENT ON INDEX public.idx_usage_daily_user_date IS 'Speeds up lookups of daily usage by user and date';
COMMENT ON INDEX public.idx_usage_daily_date IS 'Optimizes queries by usage date';
COMMENT ON INDEX public.idx_model_access_tier IS 'Optimizes queries for model access by tier and active status';
COMMENT ON INDEX public.idx_model_access_model_id IS 'Speeds up lookups of model access by model ID and active status';

-- -----------------------------------------------------------------------------
-- Models per tier
-- -----------------------------------------------------------------------------
INSERT INTO public.model_access (tier, model_id, model_name, provider, daily_message_limit, max_tokens_per_request)
VALUES
    ('free', 'gpt-4o-mini', 'GPT-4o mini', 'openai', 50, 4096),
    ('free', 'claude-3-5-haiku', 'Claude 3.5 Haiku', 'anthropic', 50, 4096),
    ('pro', 'gpt-4o-mini', 'GPT-4o mini', 'openai', NULL, 16384),
    ('pro', 'claude-3-5-haiku', 'Claude 3.5 Haiku', 'anthropic', NULL, 8192),
    ('pro', 'gpt-4o', 'GPT-4o', 'openai', 500, 16384),
    ('pro', 'claude-3-5-sonnet', 'Claude 3.5 Sonnet', 'anthropic', 500, 8192),
    ('enterprise', 'gpt-4o-mini', 'GPT-4o mini', 'openai', NULL, 16384),
    ('enterprise', 'claude-3-5-haiku', 'Claude 3.5 Haiku', 'anthropic', NULL, 8192),
    ('enterprise', 'gpt-4o', 'GPT-4o', 'openai', NULL, 16384),
    ('enterprise', 'claude-3-5-sonnet', 'Claude 3.5 Sonnet', 'anthropic', NULL, 8192),
    ('enterprise', 'o1', 'o1', 'openai', 200, 32768)
ON CONFLICT (tier, model_id) DO NOTHING;

-- -----------------------------------------------------------------------------
-- Functions
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.track_user_usage(
    user_uuid uuid,
    messages_sent_count integer DEFAULT 0,
    messages_received_count integer DEFAULT 0,
    input_token_count integer DEFAULT 0,
    output_token_count integer DEFAULT 0,
    model_used varchar(100) DEFAULT NULL,
    session_created boolean DEFAULT false,
    active_minutes_count integer DEFAULT 0
)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
    IF user_uuid IS NULL THEN
        RAISE EXCEPTION 'track_user_usage: user_uuid is required'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;

    INSERT INTO user_usage_daily AS u (
        user_id, usage_date, messages_sent, messages_received,
        input_tokens, output_tokens, total_tokens, models_used,
        sessions_created, active_minutes
    )
    VALUES (
        user_uuid,
        CURRENT_DATE,
        COALESCE(messages_sent_count, 0),
        COALESCE(messages_received_count, 0),
        COALESCE(input_token_count, 0),
        COALESCE(output_token_count, 0),
        COALESCE(input_token_count, 0) + COALESCE(output_token_count, 0),
        CASE WHEN model_used IS NULL THEN '{}'::text[] ELSE ARRAY[model_used::text] END,
        CASE WHEN session_created THEN 1 ELSE 0 END,
        COALESCE(active_minutes_count, 0)
    )
    ON CONFLICT (user_id, usage_date) DO UPDATE
    SET messages_sent = u.messages_sent + EXCLUDED.messages_sent,
        messages_received = u.messages_received + EXCLUDED.messages_received,
        input_tokens = u.input_tokens + EXCLUDED.input_tokens,
        output_tokens = u.output_tokens + EXCLUDED.output_tokens,
        total_tokens = u.total_tokens + EXCLUDED.total_tokens,
        models_used = CASE
                          WHEN model_used IS NULL OR model_used::text = ANY (u.models_used) THEN u.models_used
                          ELSE array_append(u.models_used, model_used::text)
                      END,
        sessions_created = u.sessions_created + EXCLUDED.sessions_created,
        active_minutes = u.active_minutes + EXCLUDED.active_minutes,
        updated_at = now();
END;
$$;

CREATE OR REPLACE FUNCTION public.get_user_allowed_models(user_uuid uuid)
RETURNS TABLE (
    model_id varchar,
    model_name varchar,
    provider varchar,
    daily_message_limit integer,
    max_tokens_per_request integer
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    user_tier varchar(20);
BEGIN
    SELECT p.subscription_tier INTO user_tier
    FROM profiles AS p
    WHERE p.id = user_uuid;

    -- No profile yet (sign-up still in flight): treat as free.
    user_tier := COALESCE(user_tier, 'free');

    RETURN QUERY
    SELECT ma.model_id, ma.model_name, ma.provider, ma.daily_message_limit, ma.max_tokens_per_request
    FROM model_access AS ma
    WHERE ma.tier = user_tier
      AND ma.is_active
    ORDER BY ma.model_id;
END;
$$;

CREATE OR REPLACE FUNCTION public.can_user_use_model(user_uuid uuid, model_to_check varchar(100))
RETURNS boolean
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    user_tier varchar(20);
BEGIN
    SELECT p.subscription_tier INTO user_tier
    FROM profiles AS p
    WHERE p.id = user_uuid;

    IF NOT FOUND THEN
        RETURN false;
    END IF;

    RETURN EXISTS (
        SELECT 1
        FROM model_access AS ma
        WHERE ma.tier = user_tier
          AND ma.model_id = model_to_check
          AND ma.is_active
    );
END;
$$;

CREATE OR REPLACE FUNCTION public.update_user_tier(user_uuid uuid, new_tier varchar(20))
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
    IF new_tier IS NULL OR new_tier NOT IN ('free', 'pro', 'enterprise') THEN
        RAISE EXCEPTION 'Invalid subscription tier: %', new_tier
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use free, pro or enterprise.';
    END IF;

    UPDATE profiles
    SET subscription_tier = new_tier,
        subscription_updated_at = now()
    WHERE id = user_uuid
      AND subscription_tier IS DISTINCT FROM new_tier;

    IF FOUND THEN
        RETURN true;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM profiles WHERE id = user_uuid) THEN
        RAISE EXCEPTION 'Profile % not found', user_uuid
            USING ERRCODE = 'no_data_found';
    END IF;

    -- Already on that tier.
    RETURN false;
END;
$$;

CREATE OR REPLACE FUNCTION jsonb_deep_merge(a jsonb, b jsonb)
RETURNS jsonb
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    merged jsonb;
    item record;
BEGIN
    IF b IS NULL THEN
        RETURN a;
    END IF;
    IF a IS NULL OR jsonb_typeof(a) <> 'object' OR jsonb_typeof(b) <> 'object' THEN
        RETURN b;
    END IF;

    merged := a;
    FOR item IN SELECT key, value FROM jsonb_each(b) LOOP
        IF jsonb_typeof(merged -> item.key) = 'object' AND jsonb_typeof(item.value) = 'object' THEN
            merged := jsonb_set(merged, ARRAY[item.key], jsonb_deep_merge(merged -> item.key, item.value));
        ELSE
            merged := merged || jsonb_build_object(item.key, item.value);
        END IF;
    END LOOP;

    RETURN merged;
END;
$$;

CREATE OR REPLACE FUNCTION public.update_user_preferences(user_uuid uuid, preference_type varchar(50), preferences jsonb)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    merged_preferences jsonb;
BEGIN
    IF preferences IS NULL OR jsonb_typeof(preferences) <> 'object' THEN
        RAISE EXCEPTION 'preferences must be a JSON object'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    CASE preference_type
        WHEN 'ui' THEN
            UPDATE profiles
            SET ui_preferences = jsonb_deep_merge(ui_preferences, preferences)
            WHERE id = user_uuid
            RETURNING ui_preferences INTO merged_preferences;
        WHEN 'session' THEN
            UPDATE profiles
            SET session_preferences = jsonb_deep_merge(session_preferences, preferences)
            WHERE id = user_uuid
            RETURNING session_preferences INTO merged_preferences;
        WHEN 'model' THEN
            UPDATE profiles
            SET model_preferences = jsonb_deep_merge(model_preferences, preferences)
            WHERE id = user_uuid
            RETURNING model_preferences INTO merged_preferences;
        ELSE
            RAISE EXCEPTION 'Unknown preference type: %', preference_type
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Use ui, session or model.';
    END CASE;

    IF merged_preferences IS NULL THEN
        RAISE EXCEPTION 'Profile % not found', user_uuid
            USING ERRCODE = 'no_data_found';
    END IF;

    PERFORM public.log_user_activity(
        user_uuid,
        'preferences_updated',
        jsonb_build_object(
            'preference_type', preference_type,
            'keys', (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(preferences) AS k)
        )
    );

    RETURN merged_preferences;
END;
$$;

CREATE OR REPLACE FUNCTION public.get_user_complete_profile(user_uuid uuid)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    complete_profile jsonb;
BEGIN
    WITH recent_usage AS (
        SELECT COALESCE(sum(d.messages_sent), 0) AS messages_sent,
               COALESCE(sum(d.messages_received), 0) AS messages_received,
               COALESCE(sum(d.total_tokens), 0) AS total_tokens,
               count(*) AS active_days
        FROM user_usage_daily AS d
        WHERE d.user_id = user_uuid
          AND d.usage_date >= CURRENT_DATE - 30
    ),
    session_totals AS (
        SELECT count(*) AS session_count,
               COALESCE(sum(s.message_count), 0) AS message_count
        FROM chat_sessions AS s
        WHERE s.user_id = user_uuid
    )
    SELECT jsonb_build_object(
               'profile', jsonb_build_object(
                   'id', p.id,
                   'email', p.email,
                   'full_name', p.full_name,
                   'avatar_url', p.avatar_url,
                   'subscription_tier', p.subscription_tier,
                   'last_active', p.last_active,
                   'created_at', p.created_at
               ),
               'preferences', jsonb_build_object(
                   'ui', p.ui_preferences,
                   'session', p.session_preferences,
                   'model', p.model_preferences
               ),
               'allowed_models', (
                   SELECT COALESCE(jsonb_agg(to_jsonb(m) ORDER BY m.model_id), '[]'::jsonb)
                   FROM public.get_user_allowed_models(user_uuid) AS m
               ),
               'usage', jsonb_build_object(
                   'last_30_days', to_jsonb(ru),
                   'sessions', to_jsonb(st),
                   'lifetime', p.usage_stats
               )
           )
    INTO complete_profile
    FROM profiles AS p
    CROSS JOIN recent_usage AS ru
    CROSS JOIN session_totals AS st
    WHERE p.id = user_uuid;

    IF complete_profile IS NULL THEN
        RAISE EXCEPTION 'Profile % not found', user_uuid
            USING ERRCODE = 'no_data_found';
    END IF;

    RETURN complete_profile;
END;
$$;

COMMENT ON FUNCTION public.track_user_usage(uuid, integer, integer, integer, integer, varchar, boolean, integer) IS 'Tracks and updates daily usage stats for a user, including tokens and sessions';
COMMENT ON FUNCTION public.get_user_allowed_models(uuid) IS 'Returns models a user is allowed to access based on their tier';
COMMENT ON FUNCTION public.can_user_use_model(uuid, varchar) IS 'Checks if a user can access a specific model';
COMMENT ON FUNCTION public.update_user_tier(uuid, varchar) IS 'Updates a user''s subscription tier';
COMMENT ON FUNCTION jsonb_deep_merge(jsonb, jsonb) IS 'Utility function for deep merging two JSONB objects';
COMMENT ON FUNCTION public.update_user_preferences(uuid, varchar, jsonb) IS 'Updates a user''s preferences (UI, session, model) with deep merge';
COMMENT ON FUNCTION public.get_user_complete_profile(uuid) IS 'Returns a user''s complete profile, preferences, allowed models, and usage stats';

-- -----------------------------------------------------------------------------
-- Row level security
-- -----------------------------------------------------------------------------
ALTER TABLE public.user_usage_daily ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.model_access ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Users can view own usage" ON public.user_usage_daily;
CREATE POLICY "Users can view own usage" ON public.user_usage_daily
    FOR SELECT
    USING (user_id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid);

DROP POLICY IF EXISTS "Anyone can read active models" ON public.model_access;
CREATE POLICY "Anyone can read active models" ON public.model_access
    FOR SELECT
    USING (is_active);
