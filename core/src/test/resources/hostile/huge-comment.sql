-- A 1 MiB comment full of characters every format must escape.
create table public.big (id int primary key, note text);
do $$
begin
  execute format('comment on table public.big is %L', repeat('| <script>alert(1)</script> `x` "} %% ; [a](javascript:b) &amp; ', 16384));
  execute format('comment on column public.big.note is %L', repeat(E'line\n', 200000));
end $$;
