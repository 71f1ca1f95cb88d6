--liquibase formatted sql

--changeset shop:accounts
create table accounts (
    id bigint primary key,
    name text not null
);

--changeset shop:test-accounts context:test
create table test_accounts (id bigint);
