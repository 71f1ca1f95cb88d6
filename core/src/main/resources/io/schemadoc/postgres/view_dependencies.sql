-- What each view and materialized view in scope reads, from the dependencies of its rewrite rule (pg_depend via
-- pg_rewrite), not from its text: relations, functions and user-defined types outside the system schemas,
-- the view itself left out.
WITH {{scope}}
SELECT DISTINCT r.oid AS relid,
       'pg_class' AS catalog,
       dc.relkind::text AS kind,
       dn.nspname AS schema,
       dc.relname AS name,
       NULL::text AS argument_types
FROM rels r
JOIN pg_rewrite rw ON rw.ev_class = r.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = 'pg_class'::regclass
JOIN pg_class dc ON dc.oid = d.refobjid
JOIN pg_namespace dn ON dn.oid = dc.relnamespace
WHERE r.relkind IN ('v', 'm')
  AND d.refobjid <> r.oid
  AND dc.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND dn.nspname NOT IN ('pg_catalog', 'information_schema')
UNION
SELECT r.oid, 'pg_proc', 'f', dn.nspname, f.proname, oidvectortypes(f.proargtypes)
FROM rels r
JOIN pg_rewrite rw ON rw.ev_class = r.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = 'pg_proc'::regclass
JOIN pg_proc f ON f.oid = d.refobjid
JOIN pg_namespace dn ON dn.oid = f.pronamespace
WHERE r.relkind IN ('v', 'm')
  AND dn.nspname NOT IN ('pg_catalog', 'information_schema')
UNION
SELECT r.oid, 'pg_type', ty.typtype::text, dn.nspname, ty.typname, NULL
FROM rels r
JOIN pg_rewrite rw ON rw.ev_class = r.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = 'pg_type'::regclass
JOIN pg_type ty ON ty.oid = d.refobjid
JOIN pg_namespace dn ON dn.oid = ty.typnamespace
WHERE r.relkind IN ('v', 'm')
  AND (ty.typtype IN ('e', 'd')
       OR EXISTS (SELECT 1 FROM pg_class tc WHERE tc.oid = ty.typrelid AND tc.relkind = 'c'))
  AND dn.nspname NOT IN ('pg_catalog', 'information_schema')
