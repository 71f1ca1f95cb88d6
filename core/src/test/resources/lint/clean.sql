-- A small schema designed to pass every rule, with every rule turned on (comments included).
create schema shop;
comment on schema shop is 'The web shop.';

create table shop.customers (
    id bigint generated always as identity primary key,
    email text not null unique,
    display_name text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
comment on table shop.customers is 'One row per customer account.';
comment on column shop.customers.id is 'Identity of the customer.';
comment on column shop.customers.email is 'Login e-mail, unique.';
comment on column shop.customers.display_name is 'Name shown on invoices; optional.';
comment on column shop.customers.created_at is 'When the account was created.';
comment on column shop.customers.updated_at is 'Last change, kept by set_updated_at.';

create table shop.orders (
    id bigint generated always as identity primary key,
    customer_id bigint not null references shop.customers,
    placed_at timestamptz not null default now(),
    total numeric(12, 2) not null check (total >= 0),
    currency text not null check (char_length(currency) = 3),
    note text,
    updated_at timestamptz not null default now()
);
comment on table shop.orders is 'One row per order placed.';
comment on column shop.orders.id is 'Identity of the order.';
comment on column shop.orders.customer_id is 'Who placed it.';
comment on column shop.orders.placed_at is 'When it was placed.';
comment on column shop.orders.total is 'Amount in currency units.';
comment on column shop.orders.currency is 'ISO 4217 code.';
comment on column shop.orders.note is 'Free text from the customer.';
comment on column shop.orders.updated_at is 'Last change, kept by set_updated_at.';
create index orders_customer_placed on shop.orders (customer_id, placed_at);

create function shop.set_updated_at() returns trigger language plpgsql as $$
begin
    NEW.updated_at := now();
    return NEW;
end $$;
comment on function shop.set_updated_at() is 'Keeps updated_at current on every update.';
create trigger set_updated_at before update on shop.customers for each row execute function shop.set_updated_at();
create trigger set_updated_at before update on shop.orders for each row execute function shop.set_updated_at();

create function shop.order_count(customer bigint) returns bigint language sql stable security definer
    set search_path = pg_catalog, shop, pg_temp
    as $$ select count(*) from shop.orders where customer_id = customer $$;
comment on function shop.order_count(bigint) is 'Orders of one customer, for roles that cannot read orders.';

alter table shop.customers enable row level security;
alter table shop.orders enable row level security;
create policy own_account on shop.customers using (email = current_user);
create policy own_orders on shop.orders using (customer_id in (select id from shop.customers));
