-- Markdown control characters in names, defaults and comments: tables must keep their cells, links must stay links.
create table public."a|b" (
  id int primary key,
  "c|d" text default 'x|y',
  "`code`" text default '```',
  "*bold* _it_" text,
  "[x](javascript:alert(1))" text,
  "<!-- hidden" text,
  "line
break" text,
  "tab	here" text,
  "# heading" text,
  "\|escaped" text,
  "trailing\" text
);
comment on table public."a|b" is 'pipe | pipe
newline
# heading
```
fence
```
<!-- comment
[x](javascript:alert(1))
| a | b |
|---|---|';
comment on column public."a|b"."c|d" is '|||| only pipes ||||';
comment on column public."a|b"."`code`" is '` unbalanced backtick';
create table public."[link](http://evil.example)" (id int primary key, ref int references public."a|b");
create table public."<!--" (id int primary key);
comment on table public."<!--" is '<!--';
create table public."-->" (id int primary key);
create function public."f|g"(a text default '|', b text default '`') returns text language sql as $$ select a || b || '|' $$;
