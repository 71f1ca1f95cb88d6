-- User triggers of relations in scope (internal ones, such as the RI_ConstraintTrigger_* of foreign keys, left out;
-- clones on partitions kept, with tgparentid): tgtype bits, UPDATE OF attnums, transition tables, enabled state,
-- the function it executes and its raw arguments. The pretty definition is read only when there is a WHEN
-- condition, to take the condition's text from it.
WITH {{scope}}
SELECT t.oid,
       t.tgrelid AS relid,
       t.tgname AS name,
       t.tgtype::int AS type_bits,
       t.tgattr::int2[] AS update_columns,
       t.tgoldtable AS old_table,
       t.tgnewtable AS new_table,
       t.tgenabled::text AS enabled,
       t.tgconstraint <> 0 AS is_constraint,
       t.tgdeferrable AS deferrable,
       t.tginitdeferred AS initially_deferred,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       oidvectortypes(f.proargtypes) AS function_argument_types,
       t.tgnargs AS argument_count,
       t.tgargs AS arguments,
       pg_get_triggerdef(t.oid) AS definition,
       CASE WHEN t.tgqual IS NOT NULL THEN pg_get_triggerdef(t.oid, true) END AS pretty_definition,
       t.tgparentid <> 0 AS inherited,
       d.description AS comment
FROM rels r
JOIN pg_trigger t ON t.tgrelid = r.oid
JOIN pg_proc f ON f.oid = t.tgfoid
JOIN pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_constraint con ON con.oid = t.tgconstraint
LEFT JOIN pg_description d ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid AND d.objsubid = 0
-- Before PostgreSQL 15 a trigger cloned onto a partition was also flagged tgisinternal.
WHERE (NOT t.tgisinternal OR t.tgparentid <> 0)
  AND (con.contype IS NULL OR con.contype <> 'f')
