-- Every user object that can be documented, as (catalog, oid, kind, schema, name, owner table):
-- read before and after each migration file to learn which file created which object.
-- (for indexes and owned sequences, the table they belong to)
SELECT 'pg_class' AS catalog, c.oid::bigint AS oid, c.relkind::text AS kind, n.nspname AS schema, c.relname AS name,
       coalesce(it.relname, st.relname) AS parent
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_index x ON x.indexrelid = c.oid
LEFT JOIN pg_class it ON it.oid = x.indrelid
LEFT JOIN pg_depend d ON c.relkind = 'S' AND d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class st ON st.oid = d.refobjid
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'i', 'I', 'c')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
UNION ALL
SELECT 'pg_proc', p.oid::bigint, p.prokind::text, n.nspname, p.proname, NULL
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'pg_trigger', t.oid::bigint, 'trigger', n.nspname, t.tgname, c.relname
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'pg_constraint', o.oid::bigint, o.contype::text, n.nspname, o.conname, c.relname
FROM pg_constraint o JOIN pg_namespace n ON n.oid = o.connamespace LEFT JOIN pg_class c ON c.oid = o.conrelid
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'pg_type', t.oid::bigint, t.typtype::text, n.nspname, t.typname, NULL
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'c', 'r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
UNION ALL
SELECT 'pg_policy', p.oid::bigint, 'policy', n.nspname, p.polname, c.relname
FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
