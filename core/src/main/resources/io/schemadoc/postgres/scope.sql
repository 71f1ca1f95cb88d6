-- The scope every catalog query shares, put in place of the scope placeholder: the three parameters
-- (include-schema regexes, exclude regexes on a schema or schema.object, whether extension members count),
-- the schemas in scope (never the system ones) and the relations in scope. Unreferenced CTEs cost nothing.
-- Extension membership (deptype 'e') always points at pg_extension: saying so lets the planner read the few rows of
-- pg_depend_reference_index for it instead of scanning all of pg_depend (8 of the 16 ms of this scope at 2,000
-- tables, paid by every query that uses rels).
params AS (
    SELECT ?::text[] AS include_schemas, ?::text[] AS exclude, ?::boolean AS with_extensions
),
ns AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n CROSS JOIN params p
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname !~ '^pg_(toast|temp_)'
      AND (cardinality(p.include_schemas) = 0 OR n.nspname ~ ANY (p.include_schemas))
      AND NOT n.nspname ~ ANY (p.exclude)
      AND (p.with_extensions OR NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e'))
),
rels AS (
    SELECT c.oid, c.relname, c.relkind, ns.nspname
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    CROSS JOIN params p
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
      AND NOT (ns.nspname || '.' || c.relname) ~ ANY (p.exclude)
      AND (p.with_extensions OR NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.refclassid = 'pg_extension'::regclass
            AND d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
)
