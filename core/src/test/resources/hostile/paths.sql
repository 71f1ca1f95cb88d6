-- Names that look like paths: nothing may be written outside the output folder, nothing may collide.
create schema "../..";
create schema "/etc";
create schema "a\b";
create table "../.."."../../../../tmp/pwned" (id int primary key, "../x" text, "/etc/passwd" text);
create table "/etc"."passwd" (id int primary key, owner int references "../.."."../../../../tmp/pwned");
create table "a\b"."..\..\windows\system32" (id int primary key);
create table public."." (id int primary key);
create table public.".." (id int primary key, dot int references public.".");
-- (an empty quoted name is refused by PostgreSQL: "zero-length delimited identifier"; a lone space is not)
create table public." " (id int primary key);
create table public."con" (id int primary key);
create table public."nul.md" (id int primary key);
create table public."README" (id int primary key);
create table public."index" (id int primary key);
create table public."a:b" (id int primary key);
create table public."~2E~2E" (id int primary key);
create table public."%2e%2e%2f" (id int primary key);
create view "../.."."../view" as select id from "../.."."../../../../tmp/pwned";
create function "../.."."../../fn"() returns int language sql as 'select 1';
comment on table "/etc"."passwd" is '../../../../etc/shadow';
