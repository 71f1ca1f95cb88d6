-- Ascending sequences that have handed out values: the last value, the start, and the limit, which is the
-- smaller of the sequence's max_value and the largest value the column it is owned by can hold.
select
    s.schemaname as schema_name,
    s.sequencename as sequence_name,
    s.last_value,
    s.start_value,
    s.increment_by,
    least(s.max_value, coalesce(col.col_limit, s.max_value)) as limit_value
from
    pg_catalog.pg_sequences s
    left join lateral (
        select min(case a.atttypid
                       when 'pg_catalog.int2'::pg_catalog.regtype then 32767
                       when 'pg_catalog.int4'::pg_catalog.regtype then 2147483647
                       else 9223372036854775807
                   end) as col_limit
        from
            pg_catalog.pg_depend d
            inner join pg_catalog.pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
        where
            d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
            and d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::pg_catalog.regclass
            and d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
            and d.refobjsubid > 0
            and d.deptype in ('a', 'i')
    ) col on true
where
    s.last_value is not null
    and s.increment_by > 0
order by 1, 2
