create table item (
    id bigint primary key,
    name text not null
);
