-- The first version.
create table account (
    id bigint primary key,
    email text not null
);
