-- Indexes of relations in scope: method, flags, key attnums with their options (indoption bits: 1 DESC,
-- 2 NULLS FIRST), operator classes and collations as oids (named through the lookups query; the reader keeps
-- non-default operator classes and collations of column keys that differ from the column's), the text of expression
-- keys only, the predicate, the constraint it backs. pg_get_indexdef is read for display.
WITH {{scope}}
SELECT i.indexrelid AS oid,
       i.indrelid AS relid,
       ic.relname AS name,
       pg_get_indexdef(i.indexrelid) AS definition,
       am.amname AS method,
       i.indisunique AS is_unique,
       i.indisprimary AS is_primary,
       i.indnkeyatts AS key_count,
       i.indkey::int2[] AS attnums,
       i.indoption::int2[] AS options,
       i.indclass::oid[] AS opclasses,
       i.indcollation::oid[] AS collations,
       CASE WHEN i.indexprs IS NOT NULL THEN
           ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END
                 FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                 ORDER BY k.ord)
       END AS expressions,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       i.indisvalid AS valid,
       con.conname AS constraint_name,
       ic.relispartition AS inherited,
       d.description AS comment
FROM rels r
JOIN pg_index i ON i.indrelid = r.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = i.indexrelid AND d.objsubid = 0
