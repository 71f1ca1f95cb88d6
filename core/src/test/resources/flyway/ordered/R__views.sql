-- Repeatable: runs after every versioned migration, so shipped_at (1.10) exists.
create or replace view shipped_orders as
    select id, account_id, shipped_at
    from orders
    where shipped_at is not null;
