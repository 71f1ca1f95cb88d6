-- Row-level security policies of relations in scope: command, permissive or restrictive, roles (none = PUBLIC),
-- USING and WITH CHECK expressions.
WITH {{scope}}
SELECT pol.oid,
       pol.polrelid AS relid,
       pol.polname AS name,
       pol.polcmd::text AS command,
       pol.polpermissive AS permissive,
       ARRAY(SELECT ro.rolname::text FROM pg_roles ro WHERE ro.oid = ANY (pol.polroles) ORDER BY ro.rolname) AS roles,
       pg_get_expr(pol.polqual, pol.polrelid) AS using_expression,
       pg_get_expr(pol.polwithcheck, pol.polrelid) AS with_check,
       d.description AS comment
FROM rels r
JOIN pg_policy pol ON pol.polrelid = r.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_policy'::regclass AND d.objoid = pol.oid AND d.objsubid = 0
