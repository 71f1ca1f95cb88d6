-- Indexes of relations in scope: method, flags, key attnums and per-key options (indoption bits: 1 DESC,
-- 2 NULLS FIRST), the text of expression keys only, non-default operator classes, collations of column keys that
-- differ from the column's, the predicate, the constraint it backs. pg_get_indexdef is read for display.
-- Per-key facts are unnested for all indexes at once and aggregated back (no subquery per index).
WITH {{scope}},
idx AS (
    SELECT i.*
    FROM rels r
    JOIN pg_index i ON i.indrelid = r.oid
),
keys AS (
    SELECT i.indexrelid, i.indrelid, k.ord, k.attnum, k.opclass, k.coll
    FROM idx i,
         unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[]) WITH ORDINALITY AS k(attnum, opclass, coll, ord)
),
key_facts AS (
    SELECT k.indexrelid,
           array_agg(CASE WHEN k.attnum = 0 THEN pg_get_indexdef(k.indexrelid, k.ord::int, true) END ORDER BY k.ord) AS expressions,
           array_agg(CASE WHEN NOT oc.opcdefault THEN oc.opcname::text END ORDER BY k.ord) AS opclasses,
           array_agg(CASE WHEN k.attnum <> 0 AND k.coll <> 0 AND k.coll <> a.attcollation THEN co.collname::text END
                     ORDER BY k.ord) AS collations
    FROM keys k
    LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
    LEFT JOIN pg_collation co ON co.oid = k.coll
    LEFT JOIN pg_attribute a ON a.attrelid = k.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    GROUP BY k.indexrelid
)
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
       kf.expressions,
       kf.opclasses,
       kf.collations,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       i.indisvalid AS valid,
       con.conname AS constraint_name,
       ic.relispartition AS inherited,
       d.description AS comment
FROM idx i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN key_facts kf ON kf.indexrelid = i.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = i.indexrelid AND d.objsubid = 0
