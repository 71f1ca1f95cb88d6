-- Names from every plane, right-to-left text, combining marks, invisible and line-separating characters.
-- (Written with Python escapes so the invisible ones are really there; see the comments for which is which.)
create schema "схема";
create table "схема"."表_テーブル_테이블" (id int primary key, "名前" text, "🚀🔥" text);
-- plane 1 (emoji, mathematical letters), plane 2 (CJK extension B), plane 14 (tag A), plane 15 and 16 (private use)
create table public."😀" (id int primary key, "𝔘𝔫" text, "𠀀𠀁" text,
  "󠁁tag" text, "󰀀private" text, "􏿽last" text);
create table public."עברית" (id int primary key, "عربى" text, "mixed עב abc" text);
-- e, e + combining acute (U+0301), precomposed é (U+00E9): three different tables
create table public."e" (id int primary key);
create table public."é" (id int primary key);
create table public."é" (id int primary key);
-- zero-width space, BOM, zero-width joiner inside names
create table public."a b" (id int primary key, "zero​width" text, "bom﻿inside" text, "joiner‍here" text);
-- LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029 (end a line in JavaScript strings before ES2019, and in some editors)
create table public."line sep" (id int primary key, "para sep" text);
-- RIGHT-TO-LEFT OVERRIDE U+202E / POP U+202C (trojan-source style reordering)
create table public."rtl ‮override‬ trick" (id int primary key, ref int references public."😀");
comment on table public."😀" is 'emoji 😀 and U+2028 [ ] and U+2029 [ ] and RLO [‮] end';
comment on table public."עברית" is 'שלום — مرحبا';
