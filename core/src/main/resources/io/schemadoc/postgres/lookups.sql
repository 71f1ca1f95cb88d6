-- Small name tables the index keys refer to by oid: operator classes that are not their type's default, and
-- collations (qualified when outside pg_catalog). Read once, so the index query needs no per-key joins.
SELECT 'opclass' AS kind, oc.oid, oc.opcname::text AS name
FROM pg_opclass oc
WHERE NOT oc.opcdefault
UNION ALL
SELECT 'collation', co.oid,
       CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text ELSE cn.nspname || '.' || co.collname END
FROM pg_collation co
JOIN pg_namespace cn ON cn.oid = co.collnamespace
