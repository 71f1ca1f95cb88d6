-- Planner statistics of the columns that lead a non-unique, non-partial index: how many distinct values
-- (n_distinct: negative = a fraction of the rows), the share of NULLs, and the table's estimated rows.
select distinct
    n.nspname as schema_name,
    c.relname as table_name,
    a.attname as column_name,
    st.n_distinct,
    st.null_frac,
    c.reltuples as table_rows
from
    pg_catalog.pg_index i
    inner join pg_catalog.pg_class c on c.oid = i.indrelid
    inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    inner join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] and a.attnum > 0
    inner join pg_catalog.pg_stats st
        on st.schemaname = n.nspname and st.tablename = c.relname and st.attname = a.attname and not st.inherited
where
    not i.indisunique
    and i.indpred is null
    and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname !~ '^pg_toast'
order by 1, 2, 3
