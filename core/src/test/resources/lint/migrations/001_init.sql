-- A customer table with a few design slips, for the SARIF test.
create table customers (
    id serial primary key,
    email varchar(255) not null,
    created timestamp not null default now()
);

create table "odd name" (id bigint primary key, customer_id bigint references customers);
