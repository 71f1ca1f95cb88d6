-- A cheap fingerprint of the user-defined catalog, polled by `schemadoc serve`: it changes whenever a DDL statement
-- or COMMENT ON commits (every changed catalog row gets a new xmin) and costs one index-free scan of a few catalogs.
-- Objects below FirstNormalObjectId (16384) are built-in and never change.
SELECT md5(string_agg(part, ',' ORDER BY part)) AS fingerprint
FROM (
    SELECT 'class:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS part FROM pg_catalog.pg_class WHERE oid >= 16384
    UNION ALL
    SELECT 'attribute:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_attribute WHERE attrelid >= 16384 AND attnum > 0
    UNION ALL
    SELECT 'attrdef:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_attrdef
    UNION ALL
    SELECT 'constraint:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_constraint WHERE oid >= 16384
    UNION ALL
    SELECT 'index:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_index WHERE indexrelid >= 16384
    UNION ALL
    SELECT 'trigger:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_trigger
    UNION ALL
    SELECT 'policy:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_policy
    UNION ALL
    SELECT 'proc:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_proc WHERE oid >= 16384
    UNION ALL
    SELECT 'type:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_type WHERE oid >= 16384
    UNION ALL
    SELECT 'enum:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_enum
    UNION ALL
    SELECT 'namespace:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_namespace WHERE oid >= 16384
    UNION ALL
    SELECT 'rewrite:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_rewrite WHERE oid >= 16384
    UNION ALL
    SELECT 'sequence:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_sequence
    UNION ALL
    SELECT 'description:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_description WHERE objoid >= 16384
    UNION ALL
    SELECT 'extension:' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog.pg_extension
) parts
