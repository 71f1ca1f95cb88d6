-- Names that differ only in case: distinct tables in PostgreSQL, distinct pages on case-insensitive file systems.
create schema "Sales";
create schema sales;
create table public."Users" (id int primary key);
create table public."users" (id int primary key, "ID" int, "Id" int);
create table public."USERS" (id int primary key, owner int references public."Users");
create table "Sales"."Orders" (id int primary key, user_id int references public."users");
create table sales."orders" (id int primary key, user_id int references public."USERS");
create table public."Ä" (id int primary key);
create table public."ä" (id int primary key);
create function public."F"() returns int language sql as 'select 1';
create function public."f"() returns int language sql as 'select 2';
create function public."f"(x int) returns int language sql as 'select x';
