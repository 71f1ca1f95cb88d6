--liquibase formatted sql

--changeset bob:create-orders
create table orders (
    id bigint generated always as identity primary key,
    user_id bigint not null references users (id),
    total numeric(12, 2) not null
);
--rollback drop table orders;

--changeset bob:orders-index
-- Lookups by user are the common path.
create index orders_user_id_idx on orders (user_id);
