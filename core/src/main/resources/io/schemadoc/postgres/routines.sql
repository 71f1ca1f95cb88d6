-- Functions, procedures, aggregates and window functions in scope: kind, identity argument types, every argument
-- with its mode, type and default (pg_get_function_arg_default counts all arguments, from 1), result, language,
-- volatility and flags, SET options, body (prosrc, or the BEGIN ATOMIC body from PostgreSQL 14), owning extension.
WITH {{scope}},
ext AS (
    SELECT d.objid, e.extname
    FROM pg_depend d
    JOIN pg_extension e ON e.oid = d.refobjid
    WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
)
SELECT p.oid,
       ns.nspname AS schema,
       p.proname AS name,
       p.prokind::text AS kind,
       oidvectortypes(p.proargtypes) AS argument_types,
       pg_get_function_arguments(p.oid) AS arguments_text,
       p.proargnames AS argument_names,
       p.proargmodes::text[] AS argument_modes,
       ARRAY(SELECT format_type(a.typ, NULL)
             FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS a(typ, ord)
             ORDER BY a.ord) AS argument_type_names,
       CASE WHEN p.pronargdefaults > 0 THEN
           ARRAY(SELECT pg_get_function_arg_default(p.oid, k::int)
                 FROM generate_series(1, coalesce(cardinality(p.proallargtypes), p.pronargs)) AS k
                 ORDER BY k)
       END AS argument_defaults,
       pg_get_function_result(p.oid) AS returns,
       p.proretset AS returns_set,
       l.lanname AS language,
       p.provolatile::text AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       p.proleakproof AS leakproof,
       p.proconfig AS settings,
       p.prosrc AS source,
-- @if 140000
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) END AS sql_body,
-- @else
       NULL::text AS sql_body,
-- @end
       pg_get_userbyid(p.proowner) AS owner,
       d.description AS comment,
       ext.extname AS extension
FROM pg_proc p
JOIN ns ON ns.oid = p.pronamespace
CROSS JOIN params
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN ext ON ext.objid = p.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0
WHERE NOT (ns.nspname || '.' || p.proname) ~ ANY (params.exclude)
  AND (params.with_extensions OR ext.objid IS NULL)
