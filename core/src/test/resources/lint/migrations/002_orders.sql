create table orders (
    id bigint generated always as identity primary key,
    customer_id integer not null references customers,
    doc json
);

create function touch() returns int language sql security definer as $$ select 1 $$;
