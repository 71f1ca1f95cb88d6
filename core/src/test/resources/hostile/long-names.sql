-- 63 bytes is PostgreSQL's identifier limit (NAMEDATALEN - 1). Longer names are cut to 63 bytes, with a NOTICE,
-- never in the middle of a UTF-8 character; so a 70-character name and its first 63 bytes are the same table.
create table public."t23456789_123456789_123456789_123456789_123456789_123456789_123" (
  "c23456789_123456789_123456789_123456789_123456789_123456789_123" int primary key
);
-- 21 CJK characters of 3 bytes = 63 bytes; 16 emoji of 4 bytes = 64 bytes, cut to 15 emoji (60 bytes).
create table public."表表表表表表表表表表表表表表表表表表表表表" (id int primary key);
create table public."😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀" (id int primary key);
-- 70 characters: stored as its first 63.
create table public."long_name_that_postgresql_cuts_to_sixty_three_bytes_and_keeps_the_head_only" (
  id int primary key,
  "fk_col_with_a_long_name_that_is_cut_too_when_it_is_longer_than_63_bytes" int
    references public."t23456789_123456789_123456789_123456789_123456789_123456789_123"
);
create index "idx_with_a_name_that_is_exactly_sixty_three_bytes_long_012345678" on public."表表表表表表表表表表表表表表表表表表表表表" (id);
-- The longest names that encode to the longest page file: 63 bytes of schema and of table name, each byte of which a
-- file name spells as ~XX (3 characters); 2 x 189 characters is more than the 255 bytes a file name may have.
create schema "表表表表表表表表表表表表表表表表表表表表表";
create table "表表表表表表表表表表表表表表表表表表表表表"."表表表表表表表表表表表表表表表表表表表表表" (id int primary key, parent int references "表表表表表表表表表表表表表表表表表表表表表"."表表表表表表表表表表表表表表表表表表表表表");
create table "表表表表表表表表表表表表表表表表表表表表表"."表表表表表表表表表表表表表表表表表表表表x" (id int primary key);
