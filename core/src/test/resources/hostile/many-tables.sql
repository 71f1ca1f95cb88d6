-- One schema with many tables, each linked to the one before it, and names that differ only in a digit.
create schema crowd;
do $$
begin
  for i in 1..150 loop
    execute format('create table crowd.%I (id int primary key, prev int %s, label text)', 't_' || i,
      case when i > 1 then format('references crowd.%I', 't_' || (i - 1)) else '' end);
    execute format('comment on table crowd.%I is %L', 't_' || i, 'table number ' || i || ' | of many');
  end loop;
end $$;
