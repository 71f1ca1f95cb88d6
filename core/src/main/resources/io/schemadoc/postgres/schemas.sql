-- Schemas in scope, with owner and comment.
WITH {{scope}}
SELECT ns.nspname AS name, pg_get_userbyid(n.nspowner) AS owner, d.description AS comment
FROM ns
JOIN pg_namespace n ON n.oid = ns.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_namespace'::regclass AND d.objoid = n.oid AND d.objsubid = 0
