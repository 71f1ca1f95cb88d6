-- PostgreSQL's maximum: 1,600 columns in one table (the issue's 10,000 is refused: "tables can have at most 1600 columns").
do $$
begin
  execute 'create table public.wide (id int primary key, '
    || (select string_agg(format('%I text', 'col_' || g || '_|`"'), ', ') from generate_series(2, 1600) g) || ')';
end $$;
create table public.points_at_wide (id int primary key, wide_id int references public.wide);
