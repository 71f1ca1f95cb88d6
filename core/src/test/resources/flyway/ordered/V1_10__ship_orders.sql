-- Needs orders from 1.9: run before it (as a text sort would), this fails.
alter table orders add column shipped_at timestamptz;

create index orders_shipped_at on orders (shipped_at);
