-- Tables, partitioned tables, views, materialized views and foreign tables in scope, with what belongs to the
-- relation itself: owner, comment, RLS flags, persistence, row estimate, view definition, partitioning, INHERITS parents.
WITH {{scope}},
parents AS (
    SELECT i.inhrelid,
           array_agg(pn.nspname ORDER BY i.inhseqno) AS parent_schemas,
           array_agg(pc.relname ORDER BY i.inhseqno) AS parent_names
    FROM pg_inherits i
    JOIN pg_class pc ON pc.oid = i.inhparent
    JOIN pg_namespace pn ON pn.oid = pc.relnamespace
    WHERE pc.relkind IN ('r', 'p', 'f')
    GROUP BY i.inhrelid
)
SELECT r.oid,
       r.nspname AS schema,
       r.relname AS name,
       r.relkind::text AS relkind,
       pg_get_userbyid(c.relowner) AS owner,
       d.description AS comment,
       c.relrowsecurity AS rls_enabled,
       c.relforcerowsecurity AS rls_forced,
       c.relpersistence = 'u' AS unlogged,
       c.reltuples::bigint AS estimated_rows,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       c.relispartition AS is_partition,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       p.parent_schemas,
       p.parent_names
FROM rels r
JOIN pg_class c ON c.oid = r.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
LEFT JOIN parents p ON p.inhrelid = c.oid
