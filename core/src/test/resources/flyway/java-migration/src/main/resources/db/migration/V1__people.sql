create table person (id bigint primary key, name text);
