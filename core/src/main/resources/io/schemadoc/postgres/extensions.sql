-- Extensions installed in a schema in scope: name, version, schema, comment.
WITH {{scope}}
SELECT e.extname AS name, e.extversion AS version, ns.nspname AS schema, d.description AS comment
FROM pg_extension e
JOIN ns ON ns.oid = e.extnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_extension'::regclass AND d.objoid = e.oid AND d.objsubid = 0
