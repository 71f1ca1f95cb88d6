-- =============================================================================
-- 01 - Complete user management
-- Profiles that extend auth.users, kept in sync by a trigger, and an activity log.
-- Idempotent: safe to run again on a project where part of it already exists.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- auth.users: owned by Supabase Auth on a hosted project. Created here only when
-- it does not exist (local runs, CI), with the columns of Supabase's table that
-- this schema uses.
-- -----------------------------------------------------------------------------
CREATE SCHEMA IF NOT EXISTS auth;

CREATE TABLE IF NOT EXISTS auth.users (
    instance_id uuid,
    id uuid NOT NULL PRIMARY KEY,
    aud varchar(255),
    role varchar(255),
    email varchar(255),
    encrypted_password varchar(255),
    email_confirmed_at timestamptz,
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    is_super_admin boolean,
    created_at timestamptz,
    updated_at timestamptz,
    phone text DEFAULT NULL,
    deleted_at timestamptz,
    is_anonymous boolean NOT NULL DEFAULT false
);

-- -----------------------------------------------------------------------------
-- Tables
-- -----------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS public.profiles (
    id uuid PRIMARY KEY REFERENCES auth.users(id) ON DELETE CASCADE,
    email text,
    full_name text,
    avatar_url text,
    subscription_tier varchar(20) NOT NULL DEFAULT 'free'
        CHECK (subscription_tier IN ('free', 'pro', 'enterprise')),
    usage_stats jsonb NOT NULL DEFAULT '{}'::jsonb,
    last_active timestamptz DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.user_activity_log (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES auth.users(id) ON DELETE CASCADE,
    action varchar(50) NOT NULL,
    details jsonb NOT NULL DEFAULT '{}'::jsonb,
    ip_address inet,
    user_agent text,
    "timestamp" timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE public.profiles IS 'Contains user profile information, extending from auth.users';
COMMENT ON COLUMN public.profiles.usage_stats IS 'Lifetime counters, initialised by update_updated_at_column() when the profile is created.';
COMMENT ON COLUMN public.profiles.last_active IS 'Last sign-in, copied from auth.users.last_sign_in_at by handle_user_profile_sync().';
COMMENT ON TABLE public.user_activity_log IS 'Logs user activity events';
COMMENT ON COLUMN public.user_activity_log.action IS 'Event name, e.g. profile_created, profile_synced, preferences_updated.';

-- -----------------------------------------------------------------------------
-- Indexes
-- -----------------------------------------------------------------------------
CREATE INDEX IF NOT EXISTS idx_profiles_email ON public.profiles (email);
CREATE INDEX IF NOT EXISTS idx_profiles_last_active ON public.profiles (last_active);
CREATE INDEX IF NOT EXISTS idx_profiles_subscription_tier ON public.profiles (subscription_tier);
CREATE INDEX IF NOT EXISTS idx_activity_log_user_id ON public.user_activity_log (user_id);
CREATE INDEX IF NOT EXISTS idx_activity_log_timestamp ON public.user_activity_log ("timestamp");
CREATE INDEX IF NOT EXISTS idx_activity_log_action ON public.user_activity_log (action);

COMMENT ON INDEX public.idx_profiles_email IS 'Speeds up lookups by email for profiles';
COMMENT ON INDEX public.idx_profiles_last_active IS 'Optimizes queries by last active timestamp';
COMMENT ON INDEX public.idx_profiles_subscription_tier IS 'Optimizes queries by subscription tier';
COMMENT ON INDEX public.idx_activity_log_user_id IS 'Speeds up lookups of activity logs by user';
COMMENT ON INDEX public.idx_activity_log_timestamp IS 'Optimizes queries by activity timestamp';
COMMENT ON INDEX public.idx_activity_log_action IS 'Optimizes queries by action type';

-- -----------------------------------------------------------------------------
-- Functions
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.update_updated_at_column()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();

    -- A new profile starts with zeroed counters, whatever the client sent.
    IF TG_OP = 'INSERT' AND (NEW.usage_stats IS NULL OR NEW.usage_stats = '{}'::jsonb) THEN
        NEW.usage_stats := jsonb_build_object(
            'total_sessions', 0,
            'total_messages', 0,
            'total_tokens', 0,
            'first_seen', now()
        );
    END IF;

    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION public.log_user_activity(
    user_uuid uuid,
    action_type varchar(50),
    action_details jsonb DEFAULT '{}'::jsonb,
    client_ip inet DEFAULT NULL,
    client_user_agent text DEFAULT NULL
)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    new_log_id uuid;
BEGIN
    IF user_uuid IS NULL OR action_type IS NULL THEN
        RAISE EXCEPTION 'log_user_activity: user and action are required'
            USING ERRCODE = 'null_value_not_allowed';
    END IF;

    INSERT INTO user_activity_log (user_id, action, details, ip_address, user_agent)
    VALUES (user_uuid, action_type, COALESCE(action_details, '{}'::jsonb), client_ip, client_user_agent)
    RETURNING id INTO new_log_id;

    RETURN new_log_id;
END;
$$;

CREATE OR REPLACE FUNCTION public.handle_user_profile_sync()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    existing_profile public.profiles%ROWTYPE;
    profile_full_name text;
    profile_avatar_url text;
    email_changed boolean := false;
    recently_synced boolean := false;
BEGIN
    -- Google and GitHub put the name and picture under different keys.
    profile_full_name := COALESCE(
        NEW.raw_user_meta_data ->> 'full_name',
        NEW.raw_user_meta_data ->> 'name',
        split_part(NEW.email, '@', 1)
    );
    profile_avatar_url := COALESCE(
        NEW.raw_user_meta_data ->> 'avatar_url',
        NEW.raw_user_meta_data ->> 'picture'
    );

    SELECT * INTO existing_profile
    FROM public.profiles
    WHERE id = NEW.id;

    IF NOT FOUND THEN
        INSERT INTO public.profiles (id, email, full_name, avatar_url, last_active, created_at)
        VALUES (
            NEW.id,
            NEW.email,
            profile_full_name,
            profile_avatar_url,
            COALESCE(NEW.last_sign_in_at, now()),
            COALESCE(NEW.created_at, now())
        );

        PERFORM public.log_user_activity(
            NEW.id,
            'profile_created',
            jsonb_build_object('email', NEW.email, 'provider', NEW.raw_app_meta_data ->> 'provider')
        );
    ELSE
        email_changed := existing_profile.email IS DISTINCT FROM NEW.email;

        UPDATE public.profiles
        SET email = NEW.email,
            full_name = COALESCE(profile_full_name, existing_profile.full_name),
            avatar_url = COALESCE(profile_avatar_url, existing_profile.avatar_url),
            last_active = COALESCE(NEW.last_sign_in_at, now()),
            updated_at = now()
        WHERE id = NEW.id;

        -- Every sign-in updates auth.users; log a sync at most once an hour unless the email changed.
        SELECT EXISTS (
            SELECT 1
            FROM public.user_activity_log
            WHERE user_id = NEW.id
              AND action = 'profile_synced'
              AND "timestamp" > now() - interval '1 hour'
        ) INTO recently_synced;

        IF email_changed OR NOT recently_synced THEN
            PERFORM public.log_user_activity(
                NEW.id,
                'profile_synced',
                jsonb_build_object('email_changed', email_changed, 'last_sign_in_at', NEW.last_sign_in_at)
            );
        END IF;
    END IF;

    RETURN NEW;
EXCEPTION
    WHEN OTHERS THEN
        -- Never block a sign-in because of the profile copy; sync_profile_from_auth() can repair it.
        RAISE WARNING 'handle_user_profile_sync failed for user %: % (SQLSTATE %)', NEW.id, SQLERRM, SQLSTATE;
        RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION public.sync_profile_from_auth(user_uuid uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    auth_user auth.users%ROWTYPE;
BEGIN
    SELECT * INTO auth_user
    FROM auth.users
    WHERE id = user_uuid;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'User % not found in auth.users', user_uuid
            USING ERRCODE = 'no_data_found';
    END IF;

    INSERT INTO profiles AS p (id, email, full_name, avatar_url, last_active)
    VALUES (
        auth_user.id,
        auth_user.email,
        COALESCE(auth_user.raw_user_meta_data ->> 'full_name', auth_user.raw_user_meta_data ->> 'name'),
        COALESCE(auth_user.raw_user_meta_data ->> 'avatar_url', auth_user.raw_user_meta_data ->> 'picture'),
        auth_user.last_sign_in_at
    )
    ON CONFLICT (id) DO UPDATE
    SET email = EXCLUDED.email,
        full_name = COALESCE(EXCLUDED.full_name, p.full_name),
        avatar_url = COALESCE(EXCLUDED.avatar_url, p.avatar_url),
        last_active = GREATEST(p.last_active, EXCLUDED.last_active),
        updated_at = now();

    RETURN true;
END;
$$;

COMMENT ON FUNCTION public.update_updated_at_column() IS 'Updates the updated_at timestamp and initializes usage stats on profile insert/update';
COMMENT ON FUNCTION public.log_user_activity(uuid, varchar, jsonb, inet, text) IS 'Logs a user activity event for auditing';
COMMENT ON FUNCTION public.handle_user_profile_sync() IS 'Syncs profile data from auth.users to public.profiles on insert/update';
COMMENT ON FUNCTION public.sync_profile_from_auth(uuid) IS 'Manually syncs profile data for a given user from auth.users';

-- -----------------------------------------------------------------------------
-- Triggers
-- -----------------------------------------------------------------------------
DROP TRIGGER IF EXISTS update_profiles_updated_at ON public.profiles;
CREATE TRIGGER update_profiles_updated_at
    BEFORE INSERT OR UPDATE ON public.profiles
    FOR EACH ROW
    EXECUTE FUNCTION public.update_updated_at_column();

DROP TRIGGER IF EXISTS on_auth_user_profile_sync ON auth.users;
CREATE TRIGGER on_auth_user_profile_sync
    AFTER INSERT OR UPDATE ON auth.users
    FOR EACH ROW
    EXECUTE FUNCTION public.handle_user_profile_sync();

COMMENT ON TRIGGER update_profiles_updated_at ON public.profiles IS 'Ensures updated_at is set and usage stats initialized for profiles';
COMMENT ON TRIGGER on_auth_user_profile_sync ON auth.users IS 'Syncs profile data from auth.users to public.profiles';

-- -----------------------------------------------------------------------------
-- Row level security. PostgREST puts the caller's user id in request.jwt.claim.sub.
-- -----------------------------------------------------------------------------
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_activity_log ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS "Users can view own profile" ON public.profiles;
CREATE POLICY "Users can view own profile" ON public.profiles
    FOR SELECT
    USING (id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid);

DROP POLICY IF EXISTS "Users can update own profile" ON public.profiles;
CREATE POLICY "Users can update own profile" ON public.profiles
    FOR UPDATE
    USING (id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid)
    WITH CHECK (id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid);

DROP POLICY IF EXISTS "Users can view own activity" ON public.user_activity_log;
CREATE POLICY "Users can view own activity" ON public.user_activity_log
    FOR SELECT
    USING (user_id = NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid);
