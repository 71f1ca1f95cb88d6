-- =============================================================================
-- 04 - Complete system final
-- System cache and statistics, the API summary view, data retention, GDPR
-- export and a health report.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Tables. Only the service role uses them: RLS on, no policy for API users.
-- -----------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS public.system_cache (
    cache_key varchar(255) PRIMARY KEY,
    cache_value jsonb NOT NULL,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS public.system_stats (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    stat_date date NOT NULL DEFAULT CURRENT_DATE UNIQUE,
    total_users integer NOT NULL DEFAULT 0,
    active_users integer NOT NULL DEFAULT 0,
    total_sessions integer NOT NULL DEFAULT 0,
    total_messages integer NOT NULL DEFAULT 0,
    total_tokens bigint NOT NULL DEFAULT 0,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE public.system_cache IS 'Caches system-wide settings and preferences';
COMMENT ON TABLE public.system_stats IS 'System statistics table';

ALTER TABLE public.system_cache ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.system_stats ENABLE ROW LEVEL SECURITY;

-- -----------------------------------------------------------------------------
-- Indexes
-- -----------------------------------------------------------------------------
CREATE INDEX IF NOT EXISTS idx_system_cache_expires ON public.system_cache (expires_at)
    WHERE expires_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS idx_system_stats_date ON public.system_stats (stat_date DESC);

COMMENT ON INDEX public.idx_system_cache_expires IS 'Optimizes queries for expiring cache entries';
COMMENT ON INDEX public.idx_system_stats_date IS 'Optimizes queries for system stats by date';

-- -----------------------------------------------------------------------------
-- View
-- -----------------------------------------------------------------------------
CREATE OR REPLACE VIEW public.api_user_summary
WITH (security_invoker = true)
AS
SELECT p.id AS user_id,
       p.email,
       p.full_name,
       p.subscription_tier,
       p.last_active,
       p.created_at AS member_since,
       COALESCE(s.session_count, 0) AS session_count,
       COALESCE(s.active_session_count, 0) AS active_session_count,
       COALESCE(s.message_count, 0) AS message_count,
       s.last_session_at,
       COALESCE(u.messages_last_7_days, 0) AS messages_last_7_days,
       COALESCE(u.tokens_last_7_days, 0) AS tokens_last_7_days,
       u.last_usage_date
FROM public.profiles AS p
LEFT JOIN (
    SELECT cs.user_id,
           count(*) AS session_count,
           count(*) FILTER (WHERE cs.is_active) AS active_session_count,
           sum(cs.message_count) AS message_count,
           max(cs.updated_at) AS last_session_at
    FROM public.chat_sessions AS cs
    GROUP BY cs.user_id
) AS s ON s.user_id = p.id
LEFT JOIN (
    SELECT d.user_id,
           sum(d.messages_sent + d.messages_received) AS messages_last_7_days,
           sum(d.total_tokens) AS tokens_last_7_days,
           max(d.usage_date) AS last_usage_date
    FROM public.user_usage_daily AS d
    WHERE d.usage_date >= CURRENT_DATE - 7
    GROUP BY d.user_id
) AS u ON u.user_id = p.id;

COMMENT ON VIEW public.api_user_summary IS 'Provides a summary of API usage per user, including session counts and recent usage';

-- -----------------------------------------------------------------------------
-- Functions
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.cleanup_old_data(days_to_keep integer DEFAULT 90)
RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    cutoff timestamptz;
    deleted_activity integer;
    deleted_usage integer;
    deleted_cache integer;
BEGIN
    IF days_to_keep IS NULL OR days_to_keep < 7 THEN
        RAISE EXCEPTION 'days_to_keep must be at least 7, got %', days_to_keep
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    cutoff := now() - make_interval(days => days_to_keep);

    DELETE FROM user_activity_log
    WHERE "timestamp" < cutoff;
    GET DIAGNOSTICS deleted_activity = ROW_COUNT;

    -- Daily usage is kept four times longer: billing questions look further back than the activity log.
    DELETE FROM user_usage_daily
    WHERE usage_date < CURRENT_DATE - days_to_keep * 4;
    GET DIAGNOSTICS deleted_usage = ROW_COUNT;

    DELETE FROM system_cache
    WHERE expires_at IS NOT NULL
      AND expires_at < now();
    GET DIAGNOSTICS deleted_cache = ROW_COUNT;

    RAISE LOG 'cleanup_old_data(%): removed % activity rows, % usage rows, % cache entries',
        days_to_keep, deleted_activity, deleted_usage, deleted_cache;

    RETURN jsonb_build_object(
        'activity_log_deleted', deleted_activity,
        'usage_daily_deleted', deleted_usage,
        'cache_deleted', deleted_cache,
        'cutoff', cutoff
    );
END;
$$;

CREATE OR REPLACE FUNCTION public.export_user_data(user_uuid uuid)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
    requester uuid := NULLIF(current_setting('request.jwt.claim.sub', true), '')::uuid;
BEGIN
    -- Called through the API a user may export only their own data; the service role has no sub claim.
    IF requester IS NOT NULL AND requester <> user_uuid THEN
        RAISE EXCEPTION 'Users can only export their own data'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF NOT EXISTS (SELECT 1 FROM profiles WHERE id = user_uuid) THEN
        RAISE EXCEPTION 'Profile % not found', user_uuid
            USING ERRCODE = 'no_data_found';
    END IF;

    RETURN jsonb_build_object(
        'exported_at', now(),
        'profile', (
            SELECT to_jsonb(p)
            FROM profiles AS p
            WHERE p.id = user_uuid
        ),
        'sessions', (
            SELECT COALESCE(jsonb_agg(
                       to_jsonb(s) || jsonb_build_object('messages', (
                           SELECT COALESCE(jsonb_agg(to_jsonb(m) ORDER BY m.message_timestamp, m.created_at), '[]'::jsonb)
                           FROM chat_messages AS m
                           WHERE m.session_id = s.id
                       ))
                       ORDER BY s.created_at), '[]'::jsonb)
            FROM chat_sessions AS s
            WHERE s.user_id = user_uuid
        ),
        'activity', (
            SELECT COALESCE(jsonb_agg(to_jsonb(a) ORDER BY a."timestamp"), '[]'::jsonb)
            FROM user_activity_log AS a
            WHERE a.user_id = user_uuid
        ),
        'daily_usage', (
            SELECT COALESCE(jsonb_agg(to_jsonb(d) ORDER BY d.usage_date), '[]'::jsonb)
            FROM user_usage_daily AS d
            WHERE d.user_id = user_uuid
        )
    );
END;
$$;

CREATE OR REPLACE FUNCTION public.analyze_database_health()
RETURNS TABLE (
    category text,
    object_name text,
    metric text,
    metric_value numeric,
    status text
)
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
    -- Table sizes
    RETURN QUERY
    SELECT 'table'::text,
           format('%I.%I', t.schemaname, t.relname),
           'total_size_mb'::text,
           round(pg_total_relation_size(t.relid) / 1024.0 / 1024.0, 2),
           CASE WHEN pg_total_relation_size(t.relid) > 1024::bigint * 1024 * 1024 THEN 'warning' ELSE 'ok' END
    FROM pg_stat_user_tables AS t
    WHERE t.schemaname = 'public'
    ORDER BY pg_total_relation_size(t.relid) DESC, t.relname;

    -- Dead tuples waiting for vacuum
    RETURN QUERY
    SELECT 'table'::text,
           format('%I.%I', t.schemaname, t.relname),
           'dead_tuple_ratio'::text,
           COALESCE(round(t.n_dead_tup::numeric / NULLIF(t.n_live_tup + t.n_dead_tup, 0), 4), 0),
           CASE
               WHEN t.n_dead_tup > 1000 AND t.n_dead_tup > t.n_live_tup / 5 THEN 'warning'
               ELSE 'ok'
           END
    FROM pg_stat_user_tables AS t
    WHERE t.schemaname = 'public'
    ORDER BY t.relname;

    -- Index usage: indexes never scanned cost writes for nothing (unique ones still enforce a rule)
    RETURN QUERY
    SELECT 'index'::text,
           format('%I.%I', i.schemaname, i.indexrelname),
           'scans'::text,
           i.idx_scan::numeric,
           CASE WHEN i.idx_scan = 0 AND NOT x.indisunique THEN 'unused' ELSE 'ok' END
    FROM pg_stat_user_indexes AS i
    JOIN pg_index AS x ON x.indexrelid = i.indexrelid
    WHERE i.schemaname = 'public'
    ORDER BY i.idx_scan, i.indexrelname;

    -- Buffer cache hit ratio of the application tables
    RETURN QUERY
    WITH io AS (
        SELECT COALESCE(sum(s.heap_blks_hit), 0)::numeric AS hits,
               COALESCE(sum(s.heap_blks_read), 0)::numeric AS reads
        FROM pg_statio_user_tables AS s
        WHERE s.schemaname = 'public'
    )
    SELECT 'database'::text,
           current_database()::text,
           'cache_hit_ratio'::text,
           COALESCE(round(io.hits / NULLIF(io.hits + io.reads, 0), 4), 1),
           CASE WHEN io.hits / NULLIF(io.hits + io.reads, 0) < 0.99 THEN 'warning' ELSE 'ok' END
    FROM io;
END;
$$;

COMMENT ON FUNCTION public.cleanup_old_data(integer) IS 'Cleans up old activity logs, usage data, and expired cache entries';
COMMENT ON FUNCTION public.export_user_data(uuid) IS 'Exports all user data for GDPR compliance';
COMMENT ON FUNCTION public.analyze_database_health() IS 'Analyzes database health, table sizes, and index usage';
