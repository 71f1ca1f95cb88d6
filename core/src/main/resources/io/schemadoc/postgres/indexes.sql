-- Indexes of relations in scope: method, flags, key attnums with their options (indoption bits: 1 DESC,
-- 2 NULLS FIRST), operator classes and collations as oids (named through the lookups query; the reader keeps
-- non-default operator classes and collations of column keys that differ from the column's), the text of expression
-- keys only, the predicate, the constraint it backs.
-- The definition shown is pg_get_indexdef's, but it is asked for only when the index is not plain: that function
-- looks up the index, its table, every key column, operator class and option one by one in the system caches, and
-- at 2,000 tables it was most of this query's time (365 ms of a cold backend for 6,000 indexes). A plain index (an
-- ordinary, non-partitioned index whose keys are columns with their type's own default operator class, their own
-- collation, no operator class options, and DESC / NULLS only on a B-tree; no predicate, no storage options, no
-- NULLS NOT DISTINCT)
-- comes back with a null definition, and the reader writes the same text pg_get_indexdef would
-- (CatalogReader.plainIndexDefinition, checked against pg_get_indexdef by IndexDefinitionTest).
WITH {{scope}},
-- Indexes with a key that is not plain, found in one pass over all keys (a subquery per index cost more than
-- pg_get_indexdef itself): an expression, an operator class that is not the default one for exactly the column's
-- type (a varchar column's text_ops included, to be safe), a collation not the column's; and indexes with operator
-- class options (attoptions of the index's own attributes).
unusual_keys AS (
    SELECT i.indexrelid
    FROM rels r
    JOIN pg_index i ON i.indrelid = r.oid
    CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[]) WITH ORDINALITY AS k(attnum, opclass, coll, ord)
    LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
    LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
    WHERE k.ord <= i.indnkeyatts
      AND (a.attnum IS NULL OR oc.oid IS NULL OR NOT oc.opcdefault OR oc.opcintype <> a.atttypid OR (k.coll <> 0 AND k.coll <> a.attcollation))
    UNION ALL
    SELECT ia.attrelid FROM pg_attribute ia WHERE ia.attoptions IS NOT NULL
)
SELECT i.indexrelid AS oid,
       i.indrelid AS relid,
       ic.relname AS name,
       CASE WHEN NOT (
               ic.relkind = 'i'
               AND i.indexprs IS NULL AND i.indpred IS NULL AND ic.reloptions IS NULL
-- @if 150000
               AND NOT i.indnullsnotdistinct
-- @end
               AND (am.amname = 'btree' OR NOT EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) AS o(bits) WHERE o.bits <> 0))
               AND i.indexrelid NOT IN (SELECT indexrelid FROM unusual_keys)
           ) THEN pg_get_indexdef(i.indexrelid) END AS definition,
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
