-- Sequences in scope (pg_sequence) and the column that owns each one: deptype 'a' for serial / OWNED BY,
-- 'i' for an identity column. A sequence owned by an excluded table is excluded with it.
WITH {{scope}}
SELECT c.oid,
       ns.nspname AS schema,
       c.relname AS name,
       format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       on_.nspname AS owned_schema,
       oc.relname AS owned_table,
       oa.attname AS owned_column,
       dep.deptype = 'i' AS owned_by_identity,
       pg_get_userbyid(c.relowner) AS owner,
       d.description AS comment
FROM pg_class c
JOIN ns ON ns.oid = c.relnamespace
CROSS JOIN params
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                       AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class oc ON oc.oid = dep.refobjid
LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
LEFT JOIN pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
WHERE c.relkind = 'S'
  AND NOT (ns.nspname || '.' || c.relname) ~ ANY (params.exclude)
  -- A sequence owned by an excluded table goes with it.
  AND (oc.oid IS NULL OR NOT (on_.nspname || '.' || oc.relname) ~ ANY (params.exclude))
  AND (params.with_extensions OR NOT EXISTS (
      SELECT 1 FROM pg_depend x
      WHERE x.refclassid = 'pg_extension'::regclass
        AND x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e'))
