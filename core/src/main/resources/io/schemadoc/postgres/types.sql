-- Enums (labels in enumsortorder), domains (base type, default, NOT NULL, collation when not the base type's) and
-- free-standing composite types (relkind 'c'; a table's row type is not one) in scope. Domain CHECKs and composite
-- attributes come from the constraints and columns queries.
WITH {{scope}},
labels AS (
    SELECT e.enumtypid, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_enum e
    GROUP BY e.enumtypid
)
SELECT t.oid,
       ns.nspname AS schema,
       t.typname AS name,
       t.typtype::text AS kind,
       t.typrelid AS relid,
       pg_get_userbyid(t.typowner) AS owner,
       d.description AS comment,
       lb.labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
       t.typdefault AS default_value,
       t.typnotnull AS not_null,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || '.' || co.collname END
       END AS collation
FROM pg_type t
JOIN ns ON ns.oid = t.typnamespace
CROSS JOIN params
LEFT JOIN pg_class rc ON rc.oid = t.typrelid
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN labels lb ON lb.enumtypid = t.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
WHERE (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND rc.relkind = 'c'))
  AND NOT (ns.nspname || '.' || t.typname) ~ ANY (params.exclude)
  AND (params.with_extensions OR NOT EXISTS (
      SELECT 1 FROM pg_depend x
      WHERE x.refclassid = 'pg_extension'::regclass
        AND x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e'))
