-- Text that would run as script or change the page if written into HTML or SVG unescaped.
create table public."</script><script>alert('t')</script>" (
  id int primary key,
  """><img src=x onerror=alert(1)>" text default '"><img src=x onerror=alert(2)>',
  "<svg onload=alert(3)>" text,
  "' onmouseover='alert(4)" text
);
comment on table public."</script><script>alert('t')</script>" is '<script>alert("comment")</script><a href="javascript:alert(5)">click</a>';
comment on column public."</script><script>alert('t')</script>"."<svg onload=alert(3)>" is '<iframe src="javascript:alert(6)"></iframe>&lt;&amp;';
create table public."<a href=javascript:alert(7)>x</a>" (
  id int primary key,
  parent int references public."</script><script>alert('t')</script>"
);
create function public."<img src=x onerror=alert(8)>"(x text default '</script>') returns text language plpgsql as $$
begin
  -- </script><script>alert(9)</script>
  return '<img src=x onerror=alert(10)>' || x;
end $$;
comment on function public."<img src=x onerror=alert(8)>"(text) is '<style>body{display:none}</style>';
create type public."<b>mood</b>" as enum ('<i>happy</i>', '</script>', '"><img src=x onerror=alert(11)>');
create table public.uses_mood (id int primary key, m public."<b>mood</b>");
create trigger "<script>alert(12)</script>" before insert on public.uses_mood for each row execute function suppress_redundant_updates_trigger();
