-- Indexes of relations in scope: method, flags, key attnums and per-key options (indoption bits: 1 DESC,
-- 2 NULLS FIRST), the text of expression keys only, non-default operator classes and collations, the predicate,
-- the constraint it backs. pg_get_indexdef is read for display.
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
       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
             ORDER BY k.ord) AS expressions,
       ARRAY(SELECT CASE WHEN NOT oc.opcdefault THEN oc.opcname::text END
             FROM unnest(i.indclass::oid[]) WITH ORDINALITY AS k(opclass, ord)
             LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
             ORDER BY k.ord) AS opclasses,
       ARRAY(SELECT CASE WHEN k.coll <> 0 AND k.coll IS DISTINCT FROM a.attcollation THEN co.collname::text END
             FROM unnest(i.indcollation::oid[], i.indkey::int2[]) WITH ORDINALITY AS k(coll, attnum, ord)
             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
             LEFT JOIN pg_collation co ON co.oid = k.coll
             ORDER BY k.ord) AS collations,
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
