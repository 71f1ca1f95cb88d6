-- Constraints of relations in scope and of domains in schemas in scope, as typed columns: constrained attnums
-- (conkey, confdelsetcols) resolved against the table's own columns by the reader, the referenced table and its
-- column names for foreign keys, actions, match type, deferrability, validation, inheritance.
-- pg_get_constraintdef is read only for display. NOT NULL rows (contype 'n') exist from PostgreSQL 18 (domains: 17).
WITH {{scope}}
SELECT con.oid,
       con.conrelid AS relid,
       con.contypid AS typid,
       con.conname AS name,
       con.contype::text AS type,
       pg_get_constraintdef(con.oid) AS definition,
       con.conkey AS columns,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       con.convalidated AS validated,
       (con.conparentid <> 0 OR (con.coninhcount > 0 AND NOT con.conislocal)) AS inherited,
       fn.nspname AS referenced_schema,
       fc.relname AS referenced_table,
       CASE WHEN con.contype = 'f' THEN
           ARRAY(SELECT fa.attname::text
                 FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                 JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.attnum
                 ORDER BY k.ord)
       END AS referenced_columns,
       con.confdeltype::text AS on_delete,
       con.confupdtype::text AS on_update,
       con.confmatchtype::text AS match,
-- @if 150000
       con.confdelsetcols AS on_delete_set_columns,
-- @else
       NULL::int2[] AS on_delete_set_columns,
-- @end
       d.description AS comment
FROM pg_constraint con
LEFT JOIN rels r ON r.oid = con.conrelid
LEFT JOIN pg_type ty ON ty.oid = con.contypid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_constraint'::regclass AND d.objoid = con.oid AND d.objsubid = 0
WHERE r.oid IS NOT NULL
   OR (con.contypid <> 0 AND ty.typnamespace IN (SELECT oid FROM ns))
