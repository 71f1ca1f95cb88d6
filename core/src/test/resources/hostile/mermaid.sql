-- Characters that end a Mermaid string, entity or line: names and FK definitions go into erDiagram text.
create schema "%%";
create table "%%"."}" (id int primary key, """" int, "x;y" int, "%%{init: {'theme':'dark'}}%%" text);
create table public."""quoted""" (
  id int primary key,
  "}" int references "%%"."}",
  "{" text,
  ";drop" text,
  "a--b" text,
  "||--o{" int
);
alter table public."""quoted""" add constraint "fk "" } ; %%" foreign key ("||--o{") references "%%"."}";
create table public."erDiagram" (id int primary key, "#quot;" text, "#35;" int references public."""quoted""");
create table public."x : y" (id int primary key, p int references public."erDiagram");
comment on table public."x : y" is '"}%%;';
